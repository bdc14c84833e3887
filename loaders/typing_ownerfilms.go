package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownedFilmEnds may follow the film of "in P's F" ("appeared in P's F and
// Q's G", "in P's F as a guard", "in P's F, opposite Q"), a personal
// pronoun among them when "In P's F" opens the sentence ("In P's F he
// played a getaway driver").
var ownedFilmEnds = setOf("and", "as", "or", "opposite", "alongside", "with", "before", "after", "in", "for", "which", "that", "where", "when", "while", "but",
	"he", "she", "they", "we", "i", "you")

// typeOwnedFilms types as a film (strength 2), before the patterns run, a
// name that "in", "on" or "for" and a person's possessive stand before: "turned up
// in Ridley Scott's House of Gucci", "was in Mimi Leder's Deep Impact as a
// guard", "in P's F and Q's G", "won for P's F." (not a personal name led
// by a given name: a part). One appears in a film, not in a part; the possessor is a
// personal name of two words or more that no cue typed otherwise, the name
// is untyped or weakly typed, and after it comes punctuation, the end of
// the sentence or a joining word of ownedFilmEnds ("in P's F franchise",
// "in P's C role" are left alone). It returns nothing; mentions change in
// place.
func (a *article) typeOwnedFilms() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		b := int(m.a)
		if k == 0 || b-3 < s.a || a.toks[b-1].kind != kPoss || m.strength > 1 || m.typ == kg.Film {
			continue
		}
		p := &a.ments[k-1]
		if p.sent != m.sent || int(p.b) != b-1 || !p.personShaped() || p.typ != "" && p.typ != kg.Person || int(p.a)-1 < s.a {
			continue
		}
		if w := a.toks[p.a-1].lower; w != "in" && w != "on" && w != "for" && !(w == "and" && k >= 2 && a.ments[k-2].sent == m.sent && a.ments[k-2].typ == kg.Film && int(a.ments[k-2].b) == int(p.a)-1) {
			continue // (or "and" after an owned film: "in P's F and Q's G")
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kWord && !ownedFilmEnds[a.toks[e].lower] {
			continue
		}
		if m.personShaped() && isGivenName(lowerFirst(m.text)) {
			continue // "praised for P's Ada Quist": the part a person plays
		}
		m.typ, m.strength = kg.Film, 2
	}
}
