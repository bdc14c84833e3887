package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// retypeNumberedHeadTitles types as films, before the entities are built,
// the mentions of a name the headline quotes that ends in a sequel numeral
// ("'Harbor Nights 4' Adds ..."), where a weak cue (a rank word opening
// it, a part after "as") typed them otherwise: a part's name rarely ends in
// a numeral, a headline's quoted name that does is the numbered film. A
// name a strong cue typed otherwise anywhere is left alone.
func (a *article) retypeNumberedHeadTitles() {
	var keys map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent > 0 {
			break
		}
		if m.head && m.quoted && m.words >= 2 && m.b-m.a >= 2 && sequelNumeral(&a.toks[m.b-1]) {
			if keys == nil {
				keys = map[string]bool{}
			}
			keys[m.key] = true
		}
	}
	if keys == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; keys[m.key] && m.typ != "" && m.typ != kg.Film && m.strength >= 3 {
			delete(keys, m.key)
		}
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; keys[m.key] && m.typ != kg.Film {
			m.typ, m.strength = kg.Film, 2
		}
	}
}
