package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestNicknamedParts checks nicknamedPart on invented sentences: a
// nickname in quotation marks between "as" or a part verb and a personal
// name makes the name a part; a nickname after another word does not.
func TestNicknamedParts(t *testing.T) {
	cases := []struct {
		name string
		text string
		key  string
		want kg.NodeType
	}{
		{"as, a nickname of two words", "Tollgate\n\nTollgate returns in May. Brann Holt is back as \"Old Copper\" Owen Vasko, the hard-living sheriff.", "owen vasko", kg.Character},
		{"played, a nickname of one word", "Tollgate\n\nTollgate returns in May. Nessa Pryne played \"Skiffy\" Tamsin Rook, a card sharp.", "tamsin rook", kg.Character},
		{"a nickname after another word", "Tollgate\n\nTollgate returns in May. The boxer known around town as a brawler, \"Skiffy\" Tamsin Rook, came to the premiere.", "tamsin rook", kg.Person},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			found := false
			for i := range a.ments {
				if m := &a.ments[i]; m.key == c.key {
					found = true
					if (m.typ == kg.Character) != (c.want == kg.Character) {
						t.Errorf("%q typed %q, want %q", m.text, m.typ, c.want)
					}
				}
			}
			if !found {
				t.Errorf("no mention %q", c.key)
			}
		})
	}
}
