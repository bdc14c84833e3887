package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// firstEntryVerbs say what a franchise or series did with its first
// production ("The franchise began in 1979 with X", "launched in 2001 with
// X", "kicked off with the 1996 X").
var firstEntryVerbs = setOf("began", "begun", "begins", "launched", "started", "kicked")

// typeFirstEntries types as films, before the patterns run, the names a
// franchise or series is said to have begun with ("The F franchise began
// in 1979 with X, which made a star of P", "the series Q launched in 2001
// with X"): its first production, a film beside the franchise of the same
// name and never the short form of a newer "X: Subtitle" (earlierShort
// asks firstEntryName). Names typed a person or character, and personal
// names led by a given name, are left alone.
func (a *article) typeFirstEntries() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film && m.strength >= 3 || m.words > 6 {
			continue
		}
		if a.firstEntryName(m) && !(m.personShaped() && givenFirst(m.text)) {
			m.setType(kg.Film, 3)
		}
	}
}

// firstEntryName reports whether mention m follows "with" after a
// firstEntryVerbs verb, with at most "off" and "in" and a year between
// them, and "the" and a year before the name ("began in 1979 with X",
// "kicked off with the 1996 X").
func (a *article) firstEntryName(m *mention) bool {
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if m.the {
		k--
	}
	if k > s.a && isYear(a.toks[k].text) {
		k--
	}
	if k > s.a && a.toks[k].lower == "the" {
		k--
	}
	if k <= s.a || a.toks[k].lower != "with" {
		return false
	}
	k--
	if k > s.a && isYear(a.toks[k].text) && a.toks[k-1].lower == "in" {
		k -= 2
	}
	if k > s.a && a.toks[k].lower == "off" {
		k--
	}
	return k >= s.a && firstEntryVerbs[a.toks[k].lower]
}
