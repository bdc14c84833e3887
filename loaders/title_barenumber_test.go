package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestBareNumberTitles checks that a number named on its own after a
// production noun or an owner's possessive is a film, that a list of two
// such numbers gives two films, that the film is not merged into a longer
// title holding the same number, and that counts and pronoun contractions
// stay numbers.
func TestBareNumberTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after a production noun",
			"News\n\nThe 1997 Kestrel film 36, written and directed by Mara Voss, starred Tom Reyes as Ned Tarrow.",
			[]string{kg.ID(kg.Film, "36")}, nil},
		{"two prequels",
			"News\n\nThe series is the latest expansion of the Fogmoor saga, following the prequels 1887 and 1931.",
			[]string{kg.ID(kg.Film, "1887"), kg.ID(kg.Film, "1931")}, nil},
		{"not merged into a longer title",
			"News\n\nTom Reyes stars in Pier 36: A Harbour Story, the new Kestrel+ drama. The 1997 film 36, directed by Mara Voss, told the same story.",
			[]string{kg.ID(kg.Film, "36"), kg.ID(kg.Film, "Pier 36: A Harbour Story")}, nil},
		{"a count after a noun",
			"News\n\nThe film 36 million viewers watched was directed by Mara Voss.",
			nil, []string{kg.ID(kg.Film, "36")}},
		{"a pronoun contraction",
			"News\n\nMara Voss directed Harbour Ledger. It's 1931. Nobody leaves the ship.",
			nil, []string{kg.ID(kg.Film, "1931")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}
