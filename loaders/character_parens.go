package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// typeParenActorParts reads "C (P)" with the actor in brackets after the
// part: "Carlton Shelley (Dorrington) and Kent Myles (Bayle) prepare the car",
// "Mike Ehrenfeld (Jonah Bankes) tells Nando". C is a name of one to
// three words led by a given name, typed by no cue or weakly a person (of
// one word only before the surname of a person a cue of strength 2 or
// more typed: "Ada (Voss)"), or a character no credit names yet; the
// bracket holds one name only, the surname of a person of the article (a
// cue of strength 2 or more typed the full name) or a name of two words
// or more a cue of strength 2 or more typed a person. C is typed a
// character and the actor's credit in the article's production gets the
// part. Runs after the patterns (it needs their types).
func (a *article) typeParenActorParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		typed := m.typ == kg.Character && !m.quoted && !m.the && m.words <= 3 // (a part with no actor yet: "Ada (Voss)")
		if !typed && (!weakOrNone(m) || !(m.personShaped() || m.words == 1 && !m.allCaps) || !givenFirst(m.text)) {
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
		one := m.words < 2 && !typed // (a one-word given name before a person's surname: "Ada (Voss)")
		if !(p.words >= 2 && p.typ == kg.Person && p.strength >= 2 && !one || p.words == 1 && (p.typ == "" || p.typ == kg.Person) && (a.isPersonSurname(p.key, 1) || one && a.surnameOfPlayer(p))) {
			continue
		}
		if a.namesPerson(m) || typed && a.isPart(k) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		p.setType(kg.Person, 1)
		if !a.isPart(k) {
			a.giveActorPart(k+1, k, anaArg(anaFilm))
		}
	}
}

// surnameOfPlayer reports whether the one-word mention p ends a personal
// name of the article that no cue typed a character or a title ("Voss"
// after "Ada Voss").
func (a *article) surnameOfPlayer(p *mention) bool {
	for k := range a.ments {
		if o := &a.ments[k]; o.words >= 2 && o.personShaped() && (o.typ == "" || o.typ == kg.Person) && hasSuffixAfter(o.key, " ", p.key) {
			return true
		}
	}
	return false
}
