package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestDatedEarlierTitle checks that a title dated by a year before its
// production noun ("the 2004 remake X") stays a film apart from the
// article's subtitled new entry "X: Subtitle", while an undated short
// form and an upcoming one still join it.
func TestDatedEarlierTitle(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a dated remake",
			"News\n\nMara Voss has boarded The Lantern: Nightfall, Kestrel Pictures' new installment. Tom Reyes, who directed the 2004 Hollywood remake The Lantern, is producing.",
			[]string{kg.ID(kg.Film, "The Lantern: Nightfall"), kg.ID(kg.Film, "The Lantern")}, nil},
		{"a dated blockbuster in quotes",
			"News\n\nTom Reyes wrote Harbour Ledger: Tides. It is the sequel to his 2018 blockbuster \"Harbour Ledger\", which starred Mara Voss.",
			[]string{kg.ID(kg.Film, "Harbour Ledger: Tides"), kg.ID(kg.Film, "Harbour Ledger")}, nil},
		{"an upcoming film is the new entry",
			"News\n\nMara Voss stars in The Lantern: Nightfall. The upcoming 2027 film The Lantern was shot in Wales.",
			[]string{kg.ID(kg.Film, "The Lantern: Nightfall")}, []string{kg.ID(kg.Film, "The Lantern")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}
