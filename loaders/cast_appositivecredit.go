package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// appositiveCredit handles a person's appositive that names the part and
// its film (item i is the person): "P, F's C, has said ..." (F a title
// typed a film), "P, the original C," and "P, the original's C," (the
// first film of the series; a claim the article cannot resolve keeps
// who played C). Not before "as" ("P, the original C, as a guard named
// D": the clause after the appositive casts the person anew, and reads
// it). It reports whether it claimed.
func (p *pctx) appositiveCredit(i int) bool {
	if p.w(i+1) != "," {
		return false // (a cheap check first: this runs at every name)
	}
	var film arg
	c := -1
	switch {
	case p.isM(i+2) && p.w(i+3) == "'s" && p.isM(i+4):
		f := p.mm(i + 2)
		if !(f.typ == kg.Film && f.strength >= 2 || f.typ == "" && p.priorType(i+2) == kg.Film) {
			return false // (a title typed a film here or earlier in the article)
		}
		film, c = mArg(i+2), i+4
	case p.w(i+2) == "the" && p.w(i+3) == "original" && p.isM(i+4):
		film, c = anaArg(anaOriginal), i+4
	case p.w(i+2) == "the" && p.w(i+3) == "original" && p.w(i+4) == "'s" && p.isM(i+5):
		film, c = anaArg(anaOriginal), i+5
	default:
		return false
	}
	if p.w(c+1) != "," && p.w(c+1) != ")" || !p.castChar(c) || !castableName(p.mm(c)) {
		return false
	}
	if p.w(c+2) == "as" {
		return false // "P, the original C, as a guard named D": the elided clause reads the new part
	}
	if pt := p.priorType(c); pt != "" && pt != kg.Character {
		return false
	}
	pm := p.mm(i)
	if !p.isPersonLike(i) || pm.typ == kg.Character || pm.words < 2 && pm.typ != kg.Person && p.priorType(i) != kg.Person {
		return false
	}
	p.typ(i, kg.Person, 3)
	p.mm(c).setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: film, char: mArg(c)})
	return true
}
