package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestTitleOpeningThe checks that a film opening a sentence with "The"
// keeps its "The" when the sentence names the title itself, and not when
// a noun after the name shows it to describe that noun.
func TestTitleOpeningThe(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title and appositive",
			"News\n\nThe Harbour Ledger, the 2019 spin-off about a night ferry, returns to Kestrel+ on Friday. Mara Voss starred in the film.",
			[]string{kg.ID(kg.Film, "The Harbour Ledger")}, []string{kg.ID(kg.Film, "Harbour Ledger")}},
		{"title before a year",
			"News\n\nThe Glass of Winter (2017), a romance directed by Mara Voss, won four awards.",
			[]string{kg.ID(kg.Film, "The Glass of Winter")}, []string{kg.ID(kg.Film, "Glass of Winter")}},
		{"a describer of a noun",
			"News\n\nDirector Mara Voss made the film Harbour Ledger in 2019. The Harbour Ledger star Tom Reyes praised her.",
			[]string{kg.ID(kg.Film, "Harbour Ledger")}, []string{kg.ID(kg.Film, "The Harbour Ledger")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}
