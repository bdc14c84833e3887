package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// formatAppositive credits the company at item t, after "for" or "on",
// that an appositive describing a title names: "F, a limited series for
// O from O2," and "F, an anime series on O" (DISTRIBUTED for a streamer,
// PRODUCED for a studio; the company after "from" PRODUCED). The
// appositive opens with ", a"/", an" right after F, holds at most three
// plain words and closes with a format noun right before "for"/"on".
func (p *pctx) formatAppositive(t int) {
	o := p.mm(t)
	if prev := p.w(t - 1); prev != "for" && prev != "on" || o.typ != kg.Organisation || o.strength < 2 || o.world == kg.WorldFictional || t < 5 {
		return
	}
	k := t - 2
	if p.isM(k) || !(p.in(k, seriesNouns) || p.in(k, filmNouns) || p.in(k, outletNouns)) {
		return
	}
	b := k - 1
	for n := 0; n < 3 && b > 0 && !p.isM(b) && isWordLike(p.w(b)) && !p.wIn(b, articles); n++ {
		b--
	}
	if p.w(b) != "a" && p.w(b) != "an" || p.w(b-1) != "," || !p.isM(b-2) {
		return
	}
	f := p.mm(b - 2)
	if !(f.typ == kg.Film || f.typ == "" && p.untypedTitle(b-2)) {
		return
	}
	rel := kg.Produced
	if o.kind == "streamer" || p.w(t-1) == "on" {
		rel = kg.Distributed
	}
	p.typ(b-2, kg.Film, 2)
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(b - 2)})
	if p.w(t+1) == "from" && p.isM(t+2) {
		// "a limited series for O from O2": the studio that makes it
		if o2 := p.mm(t + 2); o2.typ == kg.Organisation || o2.typ == "" && orgish(o2) && !pcType(p.priorType(t+2)) {
			o2.setRealOrg()
			p.claim(pclaim{rel: kg.Produced, subj: mArg(t + 2), obj: mArg(b - 2)})
		}
	}
}

// nationalityWord reports whether item k is a one-word name that only
// describes the words after it ("British" of "Netflix's British crime
// drama X"): untyped or weakly typed a film, not quoted, followed by a
// plain word and then a film, series or genre noun.
func (p *pctx) nationalityWord(k int) bool {
	m := p.mm(k)
	return m != nil && m.words == 1 && (m.typ == "" || m.typ == kg.Film && m.strength <= 2) && !m.quoted && !p.isM(k+1) && isWordLike(p.w(k+1)) &&
		!p.in(k+1, genreNouns) && !p.in(k+1, filmNouns) && !p.in(k+1, seriesNouns) && (p.in(k+2, genreNouns) || p.in(k+2, filmNouns) || p.in(k+2, seriesNouns))
}
