package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeMovieBases reads the titles that end in "Movie" ("The Moll's Pies
// Movie", "The Paper Crane Movie"): an untyped one is weakly a film;
// such a title opening a sentence keeps
// its "The" (these titles are written with it), and the name before
// "Movie" is the work the film is made from, so its untyped mentions are
// typed films too ("Moll's Pies" beside "The Moll's Pies Movie"),
// except before a production noun ("the second X feature").
// Personal names led by a given name are left alone. It first gives the
// films opening a sentence with "The" their "The" (keepTitleOpeningThe).
// It returns nothing; it edits the mentions.
func (a *article) typeMovieBases() {
	a.keepTitleOpeningThe()
	var bases map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" && m.typ != kg.Film || m.words < 2 || m.quoted && m.colon {
			continue
		}
		base, ok := strings.CutSuffix(m.key, " movie")
		if !ok || base == "" || strings.HasSuffix(base, ":") {
			continue
		}
		if m.typ == "" {
			m.setType(kg.Film, 1)
		}
		if m.theOpen {
			m.the = true
		}
		if bases == nil {
			bases = map[string]bool{}
		}
		bases[base] = true
	}
	if bases == nil {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if productionNoun(a.wordAfter(m)) {
			continue // "the second X feature": the base names the series
		}
		if m.typ == "" && bases[m.key] && !(m.personShaped() && givenFirst(m.text)) {
			m.setType(kg.Film, 2)
		}
	}
}
