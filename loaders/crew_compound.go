package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// compoundJobParts map the parts of a compound job noun to their relations
// ("writer-director", "writer/director", "showrunner-creator").
var compoundJobParts = map[string]kg.RelType{"writer": kg.Wrote, "screenwriter": kg.Wrote, "creator": kg.Wrote,
	"director": kg.Directed, "filmmaker": kg.Directed, "producer": kg.Produced, "showrunner": kg.Produced}

// compoundJobRels returns the relations of a compound job noun, or nil
// when w is no compound of job nouns.
func compoundJobRels(w string, buf []kg.RelType) []kg.RelType {
	if len(w) < 10 || strings.IndexAny(w, "-/") < 0 {
		return nil
	}
	out := buf[:0]
	for len(w) > 0 {
		part := w
		if n := strings.IndexAny(w, "-/"); n >= 0 {
			part, w = w[:n], w[n+1:]
		} else {
			w = ""
		}
		r, ok := compoundJobParts[part]
		if !ok {
			return nil
		}
		out = append(out, r)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// compoundJob handles a compound job noun before a name ("wrapped under
// writer-director P", "F, from writer-director P, averaged", "F,
// writer-director P's drama"): P holds each job on the film of the
// appositive, else the film the sentence opens with, else its only film,
// else the film the text is about.
func (p *pctx) compoundJob(k int) {
	if p.isM(k) || !p.isM(k+1) {
		return
	}
	var buf [3]kg.RelType
	rels := compoundJobRels(p.w(k), buf[:0])
	if rels == nil || !p.isPersonLike(k+1) {
		return
	}
	film := noArg
	if p.isM(k - 1) {
		// "longtime X writer-producer P": the title before the job, when a film
		if m := p.mm(k - 1); m.typ != kg.Film || m.strength < 2 {
			return
		}
		film = mArg(k - 1)
	}
	b := k - 1
	if p.w(b) == "from" {
		if f := p.fromAppositiveFilm(b); f >= 0 && !film.valid() {
			if m := p.mm(f); m != nil && (m.typ == kg.Film || m.typ == "" && !m.personShaped()) {
				film = mArg(f) // "F, the P adaptation from writer-director Q"
			}
		}
	}
	if p.w(b) == "from" || p.w(b) == "under" || p.w(b) == "by" {
		b--
	}
	if p.w(b) == "," && !film.valid() {
		if m := p.mm(b - 1); m != nil && (m.typ == kg.Film || m.typ == "" && !m.personShaped()) {
			film = mArg(b - 1)
		}
	}
	if !film.valid() {
		if film = p.crewSentenceFilm(); !film.valid() && film.ana == anaNone {
			return
		}
	}
	p.typ(k+1, kg.Person, 3)
	for _, r := range rels {
		p.claim(pclaim{rel: r, subj: mArg(k + 1), obj: film})
	}
}

// crewSentenceFilm returns the film the sentence opens with, else its only film
// (typed so, or a title with a number, colon or quotes), else, when it
// names none, the film the text is about; noArg when it names several.
func (p *pctx) crewSentenceFilm() arg {
	if o := p.openingFilm(); o >= 0 {
		return mArg(o)
	}
	one, n := -1, 0
	for j := range p.it {
		if m := p.mm(j); m != nil && (m.typ == kg.Film || m.typ == "" && (m.digit || m.colon || m.quoted)) && (one < 0 || p.mm(one).key != m.key) {
			one, n = j, n+1
		}
	}
	switch n {
	case 0:
		return p.focusFilm()
	case 1:
		return mArg(one)
	}
	return noArg
}

// withAsJob handles a crew job in a "with" phrase ("..., with P as
// executive producer", "with A, B and C among the executive producers"):
// each person holds the job on the sentence's film (crewSentenceFilm). Item k is
// "with".
func (p *pctx) withAsJob(k int) {
	if p.w(k) != "with" || !p.isM(k+1) || !p.isPersonLike(k+1) {
		return
	}
	var names []int
	j := k + 2
	if p.w(j) == "as" {
		names = []int{k + 1} // "with P as executive producer"
		j++
		if p.in(j, articles) {
			j++
		}
	} else {
		names, j = p.listAfter(k + 1)
		if len(names) == 0 || p.w(j) != "among" || p.w(j+1) != "the" {
			return
		}
		j += 2
	}
	if p.w(j) == "executive" || p.w(j) == "co-executive" {
		j++
	}
	rel, job := p.crewNoun(j)
	if rel == "" || p.isM(j+1) || p.w(j+1) != "." && p.w(j+1) != "," && p.w(j+1) != "" && p.w(j+1) != ";" {
		return
	}
	film := p.crewSentenceFilm()
	if !film.valid() && film.ana == anaNone {
		return
	}
	p.creditAll(names, rel, film, job)
}

// creditAll gives every name of a list the credit rel (with job) on obj,
// typing each a person, when all of them may name people; one name that
// cannot leaves the whole list alone. It reports whether it credited them.
func (p *pctx) creditAll(names []int, rel kg.RelType, obj arg, job string) bool {
	for _, n := range names {
		if !p.isPersonLike(n) {
			return false
		}
	}
	for _, n := range names {
		p.typ(n, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(n), obj: obj, job: job})
	}
	return true
}
