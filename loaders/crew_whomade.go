package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// madeKindWords, before a title after "who made the", say what kind of
// work it is beyond possessedKindWords ("the Pixar short F").
var madeKindWords = setOf("short", "series", "miniseries", "docuseries", "animated", "indie", "breakout")

// whoMade credits the person at item i with directing the title after
// "who (had) made" at item j ("P, who made the micro-budget breakout F,
// is the frontrunner", "P, who had made the sushi documentary F in
// 2011"): a maker's relative clause. It returns whether it claimed. The
// object must be a title (a film or an untyped name not opening with a
// given name) that no possessive or plural film noun follows ("who made
// the Crank films": a series).
func (p *pctx) whoMade(i, j int) bool {
	if p.w(j) != "made" || p.isM(j) || p.w(i+1) != "," || p.w(i+2) != "who" || !p.isPersonLike(i) {
		return false
	}
	k := j + 1
	if p.w(k) == "the" && !p.isM(k) {
		k = p.pastFilmDescribers(k+1, true)
		for n := 0; n < 2 && !p.isM(k) && p.wIn(k, madeKindWords); n++ {
			k++
		}
		if m := p.mm(k); m != nil && m.typ != kg.Film && m.typ != kg.Person && !p.isM(k+1) && (p.wIn(k+1, possessedKindWords) || p.wIn(k+1, madeKindWords)) {
			k = p.pastFilmDescribers(k+1, true) // "the Pixar short F"
			for n := 0; n < 2 && !p.isM(k) && p.wIn(k, madeKindWords); n++ {
				k++
			}
		}
		if k == j+2 {
			return false // "who made the cut": no kind of work said
		}
	}
	m := p.mm(k)
	if m == nil || m.typ != "" && m.typ != kg.Film || m.typ == "" && givenNameShaped(m) || pcType(p.priorType(k)) ||
		p.w(k+1) == "'s" || p.wIn(k+1, filmNouns) || p.wIn(k+1, seriesNouns) {
		return false
	}
	p.typ(i, kg.Person, 3)
	if m.typ == "" {
		p.typ(k, kg.Film, 2)
	}
	p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(k)})
	return true
}
