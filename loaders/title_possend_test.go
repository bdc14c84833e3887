package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestPossessiveEndTitle checks that a title named after a production
// noun keeps a possessive that owns nothing ("the comedy Lanky's."), and
// that an owner's possessive before a noun or a name stays apart.
func TestPossessiveEndTitle(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"possessive at the clause end",
			"News\n\nMara Voss was then riding high on the teen sex comedy Lanky's.",
			[]string{kg.ID(kg.Film, "Lanky's")}, []string{kg.ID(kg.Film, "Lanky")}},
		{"possessive before a comma",
			"News\n\nTom Reyes made the horror film Gumbo's, a modest hit, in 1983.",
			[]string{kg.ID(kg.Film, "Gumbo's")}, []string{kg.ID(kg.Film, "Gumbo")}},
		{"an owner before a noun",
			"News\n\nThe comedy Harbour Ledger's ending was reshot by Mara Voss.",
			[]string{kg.ID(kg.Film, "Harbour Ledger")}, []string{kg.ID(kg.Film, "Harbour Ledger's")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}
