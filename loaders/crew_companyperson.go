package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// companyOfPerson reports whether the possessive pair "O's P" at item o
// (O at o, "'s" at o+1, P at o+2) in a credit list names a company O and a
// person P who works there ("produced by Harrow Lane's Edda Marsh",
// "produced with Quillmoor's Ivo Stanek"), rather than a person's own
// company ("produced by Edda Marsh's Harrow Lane"). P is a personal name
// led by a given name (or typed a person) without a company word at its
// end; O is not: not led by a given name, not typed or earlier typed a
// person, not the surname of a person the article names, not a place, a
// country or a demonym.
func (p *pctx) companyOfPerson(o int) bool {
	om, pm := p.mm(o), p.mm(o+2)
	if om == nil || pm == nil || om.quoted || pm.quoted {
		return false
	}
	if !(givenNameShaped(pm) || pm.typ == kg.Person && pm.strength >= 2 && pm.personShaped()) ||
		inLower(realOrgWords, strings.TrimSuffix(lastWord(pm.text), ".")) {
		return false
	}
	if om.typ != "" && om.typ != kg.Organisation && om.strength >= 2 || p.priorType(o) == kg.Person {
		return false
	}
	if givenNameShaped(om) || om.country || isPlaceName(om) || demonym(om.key) || om.words > 4 {
		return false
	}
	if om.typ != kg.Organisation && p.a.namedSurname(om.key) {
		return false // "Mendes' Neal Street": the director's company
	}
	return true
}
