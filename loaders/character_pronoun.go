package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// typePronounCopulaParts types as a character a personal name that "he
// was" or "she is" leads up to when a production or a part's description
// follows it: "He was Jim Morrow in Wendell Marsh's The Gates", "he was
// Eddie Ryland, the retired sergeant". A tribute writes an actor's parts so;
// the pronoun is the actor. The name is of two or three words led by a
// given name, typed by no cue or weakly a person, names no person of the
// article, owns nothing ("she is Ana Vittor's daughter"), and is followed
// by "in" and a film (filmAfterIn) or by a comma and "the", "a" or "an".
// Titled names are typeCuedTitledParts'.
func (a *article) typePronounCopulaParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || m.words < 2 || !m.personShaped() || !givenFirst(m.text) {
			continue
		}
		v := int(m.a) - 1
		if v-1 < s.a || !copulaParts[a.toks[v].lower] || !(a.toks[v-1].lower == "he" || a.toks[v-1].lower == "she") {
			continue
		}
		e := int(m.b)
		described := e+2 < s.b && a.toks[e].text == "," && (a.toks[e+1].lower == "the" || a.toks[e+1].lower == "a" || a.toks[e+1].lower == "an")
		if !described && a.filmAfterIn(s, k) < 0 {
			continue
		}
		if a.namesPerson(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}
