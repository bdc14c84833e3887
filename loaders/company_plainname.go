package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// plainCompanyName reports whether mention m, untyped so far, is shaped
// like the name of a company with no company word in it ("Tarrow
// Crossing", "Bright Lantern", "Nova Vista"): two to four capitalised
// words (personShaped) that do not open like a personal name
// (givenNameLed), with no one-letter first word and nothing but words in
// it ("R. Tarrow" is an initial), and that no cue typed yet. Only a
// verb that a company, not a person, does with a film (release,
// distribute) may make such a name a company.
func (a *article) plainCompanyName(m *mention) bool {
	first := &a.toks[m.a]
	return m.typ == "" && m.personShaped() && !m.short && !m.gazette && len(first.text) >= 2 && m.b-m.a == int32(m.words) && !a.givenNameLed(m)
}

// plainCompanySubject reports whether the mention at item i may be the
// company subject of a release verb by its shape alone (plainCompanyName),
// and no earlier mention of the name typed it as a person or character.
func (p *pctx) plainCompanySubject(i int) bool {
	m := p.mm(i)
	if m == nil || !p.a.plainCompanyName(m) {
		return false
	}
	t := p.priorType(i)
	return t == "" || t == kg.Organisation
}
