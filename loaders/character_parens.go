package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// typeParenActorParts reads "C (P)" with the actor in brackets after the
// part: "Carlton Shelley (Dorrington) and Kent Myles (Bayle) prepare the car",
// "Mike Ehrenfeld (Jonah Bankes) tells Nando". C is a name of two or
// three words led by a given name, typed by no cue or weakly a person; the
// bracket holds one name only, the surname of a person of the article (a
// cue of strength 2 or more typed the full name) or a name of two words
// or more a cue of strength 2 or more typed a person. C is typed a
// character and the actor's credit in the article's production gets the
// part. Runs after the patterns (it needs their types).
func (a *article) typeParenActorParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || m.words < 2 || !m.personShaped() || !givenFirst(m.text) {
			continue
		}
		e := int(m.b)
		if e+3 > s.b || a.toks[e].text != "(" || k+1 >= len(a.ments) {
			continue
		}
		p := &a.ments[k+1]
		if int(p.a) != e+1 || int(p.b) >= s.b || a.toks[p.b].text != ")" || p.quoted {
			continue
		}
		if !(p.words >= 2 && p.typ == kg.Person && p.strength >= 2 || p.words == 1 && (p.typ == "" || p.typ == kg.Person) && a.isPersonSurname(p.key, 1)) {
			continue
		}
		if a.namesPerson(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		p.setType(kg.Person, 1)
		if !a.isPart(k) {
			a.giveActorPart(k+1, k, anaArg(anaFilm))
		}
	}
}
