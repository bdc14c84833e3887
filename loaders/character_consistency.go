package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// keepCharacterNames gives every mention of a name that a cue typed a
// character (strength 2 or more) the character type when only weak cues
// (strength 1, a given name's shape) typed it a person elsewhere in the
// article, no strong cue did and no claim makes that mention its subject:
// "for playing Tanya Reed" keeps "the late Tanya Reed" a character. Names
// of two words or more only.
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
	var credited map[int32]bool // mentions a claim makes its subject
	for _, c := range a.claims {
		if c.subj.abs && c.subj.m >= 0 {
			if credited == nil {
				credited = map[int32]bool{}
			}
			credited[c.subj.m] = true
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Person && m.strength <= 1 && m.words >= 2 && chars[m.key] > 0 && !credited[int32(mi)] {
			m.typ, m.strength = kg.Character, 2
		}
	}
}
