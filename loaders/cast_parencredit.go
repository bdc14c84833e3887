package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// parenPlayVerbs after "P (credit)" take the part P plays ("P (Dry Gulch)
// plays the doomed C"); unlike "is", a character in brackets' place would
// not play a named part.
var parenPlayVerbs = setOf("plays", "voices", "portrays")

// parenCreditPart returns the item of the part in "P (credit) plays the
// doomed C" (item i is P, item k the one name in brackets): a personal
// name before the brackets, an acting verb after them, and a castable
// name after at most three describing words that closes the phrase; the
// brackets then hold an earlier credit of P, whatever the names look
// like. Else -1.
func (p *pctx) parenCreditPart(i, k int) int {
	if k != i+2 || p.w(k+1) != ")" || !p.in(k+2, parenPlayVerbs) || !p.isPersonLike(i) {
		return -1
	}
	pm := p.mm(k)
	if pm.quoted && pm.typ == "" || pcType(pm.typ) || pcType(p.priorType(k)) || p.mm(i).typ == kg.Character {
		return -1
	}
	c := p.nameAfterDescriptors(k+3, 3)
	if c < 0 {
		return -1
	}
	cm := p.mm(c)
	if !castableName(cm) || cm.quoted || cm.typ != "" && cm.typ != kg.Character || p.w(c+1) == "'s" || p.priorType(c) == kg.Person {
		return -1
	}
	if e := p.w(c + 1); e != "," && e != "." && e != ";" && e != "" && e != "and" && e != "in" {
		return -1
	}
	return c
}
