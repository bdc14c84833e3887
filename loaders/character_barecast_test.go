package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestBareCastVerbParts checks typePlayedParts on invented sentences: a
// bare part verb after "to" or a modal, describing words past the article
// (a place or company among them) and a name of two words make the name a
// part; a bare article or a one-word name does not.
func TestBareCastVerbParts(t *testing.T) {
	cases := []struct {
		name string
		text string
		key  string
		want kg.NodeType
	}{
		{"to play, a place among the describing words", "The Vell Affair\n\nThe Vell Affair opens in May. Dorran Quist was persuaded to play the Lisbon financier Harvel Mont in the film.", "harvel mont", kg.Character},
		{"will voice, a described part", "The Vell Affair\n\nThe Vell Affair opens in May. Dorran Quist will voice the exiled warlord Tobin Grask.", "tobin grask", kg.Character},
		{"an article alone", "The Vell Affair\n\nThe Vell Affair opens in May. Who will play the Moss Queen?", "moss queen", ""},
		{"a one-word name", "The Vell Affair\n\nThe Vell Affair opens in May. Dorran Quist went on to play a certain caped Venusian on television.", "venusian", ""},
		{"a noun, not a verb", "The Vell Affair\n\nThe Vell Affair opens in May. Dorran Quist staged the play about the tailor Harvel Mont in Leeds.", "harvel mont", kg.Person},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			found := false
			for i := range a.ments {
				if m := &a.ments[i]; m.key == c.key {
					found = true
					if got := m.typ; (got == kg.Character) != (c.want == kg.Character) {
						t.Errorf("%q typed %q, want %q", m.text, got, c.want)
					}
				}
			}
			if !found && c.want != "" {
				t.Errorf("no mention %q", c.key)
			}
		})
	}
}
