package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// sequelBaseFilms retypes as a film each name typed a franchise only
// weakly and only as the modifier of a follow-up noun ("is this a secret
// Nightjar sequel?", "the Long Shallows follow-up"): one film has a sequel,
// and a franchise needs its own cue ("the X franchise", "the X films", a
// strong type). A name any mention types a franchise strongly or names
// before a franchise noun keeps the franchise type. It returns nothing;
// it edits the mentions' types.
func (a *article) sequelBaseFilms() {
	var keys map[string]bool // key -> still a candidate
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Franchise && m.strength <= 2 && m.key != "" && a.sequelBase(a.wordAfter(m)) {
			keys = addKey(keys, m.key)
		}
	}
	if keys == nil {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if !keys[m.key] {
			continue
		}
		next := a.wordAfter(m)
		if franchiseNouns[next] || m.typ == kg.Franchise && !(m.strength <= 2 && a.sequelBase(next)) {
			keys[m.key] = false // "the X films", a strong cue elsewhere: a franchise
		}
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Franchise && keys[m.key] {
			m.typ, m.strength = kg.Film, 2
		}
	}
}

// wordAfter returns the lower-case token right after mention m, or "" at
// the end of the text.
func (a *article) wordAfter(m *mention) string {
	if k := int(m.b); k < len(a.toks) {
		return a.toks[k].lower
	}
	return ""
}

// sequelBase reports whether w names one later work made from an earlier
// one ("sequel", "follow-up", "remake"; not a spin-off, often of a whole
// series): the name before it is the film it continues.
func (a *article) sequelBase(w string) bool {
	return newerNouns[w] && spinWords[w] != "SPIN_OFF_OF"
}
