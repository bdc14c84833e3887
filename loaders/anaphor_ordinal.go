package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// originalFallback returns the film "the first film" / "the original"
// names when the subject's own title does not continue an earlier title
// (originalFilm found none), else -1. In order, each only when it gives
// one film:
//   - the franchise's own title as a film ("Gold Rush" the franchise and
//     the film), not the subject itself;
//   - the subject itself, when another film's title continues it ("Gold
//     Rush" beside "Gold Rush: The Return"): the article is about the
//     first film;
//   - the film the subject is a sequel, prequel or spin-off of, by the
//     article's own links, followed back to the film that continues none.
func (a *article) originalFallback() int {
	if a.subjectFilm < 0 {
		return -1
	}
	subj := a.find(int(a.subjectFilm))
	if a.franchise >= 0 {
		fk := a.ents[a.find(int(a.franchise))].key
		if e := a.filmOfKey(fk); e >= 0 && e != subj {
			return e
		}
	}
	if a.continuedTitle(subj) {
		return subj
	}
	e, seen := subj, 0
	for seen < 4 {
		next := a.continuesFilm(e)
		if next < 0 || next == subj {
			break
		}
		e = next
		seen++
	}
	if seen == 0 {
		return -1
	}
	return e
}

// filmOfKey returns the one root film entity with key k, else -1.
func (a *article) filmOfKey(k string) int {
	if k == "" {
		return -1
	}
	best := -1
	for e := range a.ents {
		if a.find(e) != e || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 || a.ents[e].key != k {
			continue
		}
		if best >= 0 {
			return -1
		}
		best = e
	}
	return best
}

// continuedTitle reports whether another film's title continues the title
// of film entity f ("gold rush" in "gold rush: the return", "gold rush 2").
func (a *article) continuedTitle(f int) bool {
	key := a.ents[f].key
	if len(key) < 3 {
		return false
	}
	for e := range a.ents {
		if a.find(e) != e || e == f || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 {
			continue
		}
		k := a.ents[e].key
		if len(k) > len(key)+1 && strings.HasPrefix(k, key) && (k[len(key)] == ' ' || k[len(key)] == ':') {
			return true
		}
	}
	return false
}

// continuesFilm returns the one film entity that the article's claims
// make film entity f a sequel, prequel or spin-off of, else -1 (none, or
// two).
func (a *article) continuesFilm(f int) int {
	best := -1
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != kg.SequelOf && c.rel != kg.PrequelOf && c.rel != kg.SpinOffOf || c.subj.m < 0 || c.obj.m < 0 {
			continue
		}
		s, o := a.ments[c.subj.m].ent, a.ments[c.obj.m].ent
		if s < 0 || o < 0 || a.find(int(s)) != f {
			continue
		}
		o = int32(a.find(int(o)))
		if int(o) == f || a.ents[o].typ != kg.Film {
			continue
		}
		if best >= 0 && best != int(o) {
			return -1
		}
		best = int(o)
	}
	return best
}

// yearRefNouns name one film after "the YEAR".
var yearRefNouns = setOf("film", "movie", "sequel", "installment", "instalment")

// yearFilmRef reads "the 1996 film", "the 2013 sequel", "the 1986
// original" at item i when no title follows (", " and a title neither):
// the one film the article dates to that year (yearFilm); with none, a
// film, movie or original is the first film of the subject's series
// (anaOriginal), unless the article dates some film (then the first
// film, when dated, is dated to another year). It returns the film and
// the index after the phrase, or noArg and i.
func (p *pctx) yearFilmRef(i int) (arg, int) {
	if p.w(i) != "the" && p.w(i) != "its" || p.isM(i+1) || !isYear(p.w(i+1)) || !p.in(i+2, yearRefNouns) {
		return noArg, i
	}
	k := i + 3
	if p.isM(k) || p.w(k) == "," && p.isM(k+1) || p.w(k) == "'s" {
		return noArg, i // "the 2016 film Gold Rush", "the 2016 sequel, Gold Rush 2"
	}
	year := atoiYear(p.w(i + 1))
	if mi := p.a.yearFilm(year); mi >= 0 {
		return arg{m: int32(mi), of: -1, abs: true}, k
	}
	if p.w(i+2) == "sequel" || p.a.datesFilms() {
		return noArg, i
	}
	return anaArg(anaOriginal), k
}

// datedFilmBy reports whether the article dates a film mention to year or
// an earlier one ("F (1994)", "1994's F", "the 1994 film F").
func (a *article) datedFilmBy(year int) bool {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film {
			continue
		}
		if y := a.mentionYear(m); y > 0 && y <= year {
			return true
		}
	}
	return false
}

// datesFilms reports whether the article dates any film mention.
func (a *article) datesFilms() bool {
	return a.datedFilmBy(9999)
}

// mentionYear returns the year its sentence dates mention m to (as
// datedMention reads it, and past a closing quote), else 0.
func (a *article) mentionYear(m *mention) int {
	s := &a.sents[m.sent]
	b := int(m.b)
	if b < s.b && (a.toks[b].text == "\"" || a.toks[b].text == "”") {
		b++ // "\"F\" (1996)"
	}
	if b+1 < s.b && a.toks[b].text == "(" && isYear(a.toks[b+1].text) {
		return atoiYear(a.toks[b+1].text)
	}
	k := int(m.a) - 1
	if m.theOpen || m.the {
		k--
	}
	if k > s.a && (a.toks[k].lower == "film" || a.toks[k].lower == "movie" || a.toks[k].kind == kPoss) {
		k--
	} else {
		return 0
	}
	if k >= s.a && isYear(a.toks[k].text) {
		return atoiYear(a.toks[k].text)
	}
	return 0
}
