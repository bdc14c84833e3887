package loaders

import "strings"

// leadJobNouns, capitalised at the start of a sentence, name the job of
// the person after them, not part of the name ("Creators Ana Ruiz and Tom
// Hale were nominated").
var leadJobNouns = setOf("creator", "creators", "co-creator", "co-creators", "director", "directors", "producer",
	"producers", "writer", "writers", "showrunner", "showrunners", "composer", "star", "stars", "co-stars", "actor",
	"actress", "executive", "screenwriter", "screenwriters", "filmmaker", "filmmakers")

// trimLeadJobNouns drops a job noun opening a sentence from the mention it
// was read into, when a given name follows it ("Creators Christian Vale"
// becomes "Christian Vale"). It returns nothing; the mentions change in
// place.
func (a *article) trimLeadJobNouns() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 3 || m.typ != "" && m.strength >= 2 || m.quoted || int(m.a) != a.sents[m.sent].a || a.sents[m.sent].titleCase {
			continue
		}
		first, second := &a.toks[m.a], &a.toks[m.a+1]
		if !leadJobNouns[first.lower] || second.kind != kWord || !isGivenName(second.lower) {
			continue
		}
		lead, rest, ok := strings.Cut(m.text, " ")
		if !ok {
			continue
		}
		m.dropFirstWord(lead, rest)
	}
}
