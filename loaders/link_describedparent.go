package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// describedParent returns the item of the earlier work a follow-up word's
// "to"/"of" names behind describing words that end in a work noun, the
// words from item o on after "the" or a word like "beloved" or "hit"
// (setFilmfacts_1), a possessive or a year's ("a
// spin-off of its alt-history space drama X", "the follow-up to 2015's
// surprise international hit X", "a sequel to the 1990s sitcom X"; see
// ownedTitle), typing an untyped name a film; else o.
func (p *pctx) describedParent(o int) int {
	if p.isM(o) || !(p.w(o-1) == "'s" || p.in(o-1, setFilmfacts_1) || p.in(o-1, possessivePronouns)) {
		return o
	}
	f := p.ownedTitle(o)
	if f < 0 {
		return o
	}
	if m := p.mm(f); m.typ == "" {
		m.setType(kg.Film, 2)
	}
	return f
}
