package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// keepCharacterNames gives every mention of a name that a cue typed a
// character (strength 2 or more) the character type when only weak cues
// (strength 1, a given name's shape) typed it a person elsewhere in the
// article and no strong cue did: "for playing Tanya McQuoid" keeps "the
// late Tanya McQuoid" a character. Names of two words or more only.
func (a *article) keepCharacterNames() {
	var chars map[string]int8 // strongest character cue per key; -1 when a strong person cue exists
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.key == "" {
			continue
		}
		switch {
		case m.typ == kg.Character && m.strength >= 2:
			if chars == nil {
				chars = map[string]int8{}
			}
			if chars[m.key] >= 0 {
				chars[m.key] = max(chars[m.key], m.strength)
			}
		case m.typ == kg.Person && m.strength >= 2:
			if chars == nil {
				chars = map[string]int8{}
			}
			chars[m.key] = -1
		}
	}
	if len(chars) == 0 {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Person && m.strength <= 1 && m.words >= 2 && chars[m.key] > 0 {
			m.typ, m.strength = kg.Character, 2
		}
	}
}
