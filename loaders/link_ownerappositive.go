package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownerAppositiveHead returns the item of the title an appositive opening
// with an owner's possessive describes, the possessive's "'s" at item b
// and the spin word after it ("Y, O's long-gestating follow-up to X",
// "Y, the network's spin-off of X", "Y, P's 2010 prequel"): a name right
// before ", O's", O a person or company (not a title, whose possessive
// names the parent), the name typed a film or untyped and not shaped like
// a person's name; else -1.
func (p *pctx) ownerAppositiveHead(b int) int {
	if p.w(b) != "'s" || p.isM(b) {
		return -1
	}
	o := b - 1
	if om := p.mm(o); om != nil {
		if om.typ == kg.Film || om.typ == kg.Franchise || om.typ == kg.Character {
			return -1
		}
	} else if !isWordLike(p.w(o)) || p.w(o-1) != "the" {
		return -1 // only "the network's", "the streamer's" without a name
	} else {
		o--
	}
	if p.w(o-1) != "," || !p.isM(o-2) {
		return -1
	}
	y := o - 2
	m := p.mm(y)
	if m.typ == kg.Film || m.typ == "" && !m.personShaped() && !pcType(p.priorType(y)) || m.typ == "" && (m.colon || m.digit) {
		m.setType(kg.Film, 2)
		return y
	}
	return -1
}

// glossedHead returns the item of the name that ends at item e, or, when e
// closes a parenthesis of at most six items, the name right before it
// ("Y (Alt Title), the prequel": a translated title or a year in
// brackets); else -1.
func (p *pctx) glossedHead(e int) int {
	if p.isM(e) {
		return e
	}
	if p.w(e) != ")" {
		return -1
	}
	for b := e - 1; b >= 1 && b >= e-6; b-- {
		switch p.w(b) {
		case "(":
			if p.isM(b - 1) {
				return b - 1
			}
			return -1
		case ",", ";", ")":
			return -1
		}
	}
	return -1
}
