package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownedTitleWithCast handles a ", with" cast list (item i is "with")
// after a title that a maker's or company's possessive or a bracketed year
// marks as a work (untyped or typed a film): "Q's F, with A and
// B, premieres next week", "Fox's F, with P, opened softly", "Q's F
// (2014), with A as C and B as D, cost a fortune", "F (2016), with A, B
// and C, did well". The people (after "as" their parts) acted in F.
func (p *pctx) ownedTitleWithCast(i int) {
	if p.w(i) != "with" || p.w(i-1) != "," || !p.isM(i+1) {
		return
	}
	t, year := i-2, false
	if p.w(t) == ")" && isYear(p.w(t-1)) && p.w(t-2) == "(" {
		t, year = t-3, true
	}
	m := p.mm(t)
	if m == nil || m.quoted && m.typ != kg.Film || m.typ != "" && m.typ != kg.Film || p.priorType(t) != "" && p.priorType(t) != kg.Film {
		return
	}
	owned := (p.w(t-1) == "'s" || p.w(t-1) == "'") && p.isM(t-2)
	if !owned && !year {
		return
	}
	people, chars := p.castListAt(i + 1)
	if len(people) == 0 {
		return
	}
	e := castListEnd(people, chars)
	if !p.in(e, setOwnedWithEnds) {
		return
	}
	m.setType(kg.Film, 2)
	p.castClaims(people, chars, mArg(t))
}

// setOwnedWithEnds may close the cast list of ownedTitleWithCast.
var setOwnedWithEnds = setOf(",", ".", ";", "")
