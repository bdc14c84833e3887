package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// coProduceVerbs say that someone produces a film ("produces", "executive
// produce", "produced").
var coProduceVerbs = setOf("produce", "produces", "produced", "producing", "co-produce", "co-produces", "co-produced",
	"co-producing")

// coCreditSkips may stand between a produce verb and the "with" or
// "alongside" of its partners ("produces once again through his X
// banner, with A").
var coCreditSkips = setOf("once", "again", "also", "through", "via", "his", "her", "their", "its", "the", "banner",
	"company", "shingle", "label", "together", ",")

// coCreditEnds may follow the list of a producer's partners ("with A
// and B on the sequel", "with A for Netflix").
var coCreditEnds = setOf("on", "for", "in", "at", "from", "of", "to", "as", "again", "too", "also", "through", "under")

// produceWith credits the partners a producer shares the job with: after
// a coProduceVerbs verb at item i, maybe a company it produces through,
// "with" or "alongside" and a list of people or companies ("P produces
// through his X banner, with A and B", "Q, the director's sister,
// produced with R", "Both executive produce alongside A, B and C"): each
// PRODUCED the film this sentence's PRODUCED claim names, or the film the
// sentence is about.
func (p *pctx) produceWith(i int) {
	if w := p.w(i); len(w) < 7 || w[0] != 'p' && w[0] != 'c' || !coProduceVerbs[w] {
		return // (a byte test first: this runs on every word)
	}
	if o := p.mm(i - 1); o != nil && p.in(i-2, companyHeadNouns) && p.w(i-4) == "with" && (o.typ == kg.Organisation || o.typ == "" && !(o.personShaped() && !orgish(o))) {
		// "with her company X producing"
		if film := p.sentenceFilm(i); film.valid() {
			o.setRealOrg()
			p.claim(pclaim{rel: kg.Produced, subj: mArg(i - 1), obj: film})
		}
		return
	}
	k := i + 1
	for n := 0; k < len(p.it) && n < 8 && (p.in(k, coCreditSkips) || p.isM(k) && p.in(k+1, coCreditSkips)); n++ {
		k++
	}
	if o := p.mm(k); o != nil && (p.in(k-1, companyHeadNouns) || p.w(k-1) == "," && p.in(k-2, companyHeadNouns)) {
		// "producing through his company, X"
		if (o.typ == kg.Organisation || o.typ == "") && !o.quoted && !(o.personShaped() && !orgish(o)) {
			if film := p.sentenceFilm(k); film.valid() {
				o.setRealOrg()
				p.claim(pclaim{rel: kg.Produced, subj: mArg(k), obj: film})
			}
		}
		return
	}
	if p.w(k) != "with" && p.w(k) != "alongside" {
		return
	}
	names, end := p.listAfterAny(k + 1)
	if len(names) > 1 && isWordLike(p.w(end)) && !p.in(end, coCreditEnds) && p.w(names[len(names)-1]-1) == "and" {
		names = names[:len(names)-1] // "..., and O released it": a new clause
	}
	if len(names) == 0 {
		return
	}
	film := p.sentenceFilm(k)
	if !film.valid() {
		return
	}
	bannerSubject := p.in(i-1, companyHeadNouns) // "her X banner producing alongside O": companies only
	for _, n := range names {
		m := p.mm(n)
		switch {
		case m.typ == kg.Organisation || m.typ == "" && orgish(m):
			m.setRealOrg()
		case p.isPersonLike(n) && !bannerSubject:
			p.typ(n, kg.Person, 3)
		default:
			continue
		}
		p.claim(pclaim{rel: kg.Produced, subj: mArg(n), obj: film})
	}
}

// sentenceFilm returns the film this sentence's last PRODUCED or
// DISTRIBUTED claim names, else the film the sentence is about from item
// k on (topicFilm).
func (p *pctx) sentenceFilm(k int) arg {
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		if cl := &p.a.claims[c]; (cl.rel == kg.Produced || cl.rel == kg.Distributed) && cl.obj.valid() {
			return cl.obj
		}
	}
	return p.topicFilm(k)
}
