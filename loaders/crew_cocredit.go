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
var coCreditEnds = setOf("on", "for", "in", "at", "from", "of", "to", "as", "again", "too", "also", "through", "under",
	"himself", "herself", "themselves", "among", "who", "which")

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
	film := noArg
	// the verb's object: "produced the film with P", "produced F alongside P"
	if p.w(k) == "the" && p.in(k+1, coObjectNouns) && !p.isM(k+1) {
		k += 2
	} else if p.w(k) == "it" && !p.isM(k) {
		k++
	} else if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && (p.coPartnerGlue(k+1) > 0 || p.w(k+1) == "through") {
		film = mArg(k)
		k++
	}
	if t := k + 1; p.w(k) == "through" && p.isM(t) && p.w(t+1) == "," && p.in(t+2, companyHeadOpeners) && p.in(t+3, companyHeadNouns) {
		// "he also produced it through X, the company he runs with P"
		if o := p.mm(t); o.typ != kg.Film && o.typ != kg.Character && !o.quoted {
			if f := p.sentenceFilm(t); f.valid() {
				o.typ, o.strength = kg.Organisation, 3 // (the appositive names a company)
				o.setRealOrg()
				p.claim(pclaim{rel: kg.Produced, subj: mArg(t), obj: f})
			}
		}
		return
	}
	for n := 0; k < len(p.it) && n < 8 && (p.in(k, coCreditSkips) || p.isM(k) && p.in(k+1, coCreditSkips)); n++ {
		k++
	}
	if p.w(k) == "for" && p.isM(k+1) && !p.isPersonLike(k+1) && p.coPartnerGlue(k+2) > 0 {
		k++ // "produces for O alongside P": O is read below
	}
	if o := p.mm(k); o != nil && (p.in(k-1, companyHeadNouns) || p.w(k-1) == "," && p.in(k-2, companyHeadNouns)) {
		// "producing through his company, X"
		if (o.typ == kg.Organisation || o.typ == "") && !o.quoted && !(o.personShaped() && !orgish(o)) {
			if f := p.sentenceFilm(k); f.valid() {
				o.setRealOrg()
				p.claim(pclaim{rel: kg.Produced, subj: mArg(k), obj: f})
			}
		}
		// "... banner, X, with P and Q": the partners after the company
		k++
		if p.w(k) == "," {
			k++
		}
		if p.coPartnerGlue(k) < 0 {
			return
		}
	} else if o != nil && (p.w(k-1) == "through" || p.w(k-1) == "for") && !p.isPersonLike(k) && p.coPartnerGlue(k+1) > 0 {
		k++ // "produced through O with P", "produces for O alongside P"
	}
	g := p.coPartnerGlue(k)
	if g < 0 {
		return
	}
	names, end := p.coProducerList(g)
	if len(names) > 1 && isWordLike(p.w(end)) && !p.in(end, coCreditEnds) && p.w(names[len(names)-1]-1) == "and" {
		names = names[:len(names)-1] // "..., and O released it": a new clause
	}
	if len(names) == 0 {
		return
	}
	if !film.valid() {
		film = p.sentenceFilm(k)
	}
	if !film.valid() {
		return
	}
	// "her X banner producing alongside O": companies only
	p.creditCoProducers(names, film, p.in(i-1, companyHeadNouns))
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
