package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestPartNamed checks which one-word names the text credits as a part
// (partNamed: never the article's own film): after a part verb over a few
// lower-case words, or after "as" that follows a person; not after "known
// in English as", and not when a mention names a production for its
// character ("the Wren prequel", "Wren, a prequel ...", "Wren premieres").
func TestPartNamed(t *testing.T) {
	for _, c := range []struct {
		name, text, key string
		want            bool
	}{
		{"voices over describing words", "News\n\nWren is back. The spin-off had Kit Moss, who voices the young Wren's niece Lune.", "wren", true},
		{"person as the name", "News\n\nWren is back. The spin-off had Ada Quist as Wren's niece Lune.", "wren", true},
		{"known in English as", "News\n\nHere is the Lisbon police drama, known in English as Wren, before you start.", "wren", false},
		{"production named for its character", "News\n\nKit Moss on the Wren prequel. Kit Moss plays the younger Wren.", "wren", false},
		{"appositive production", "News\n\nWren, a prequel set in Lisbon, follows a young Wren. Kit Moss plays the younger Wren.", "wren", false},
		{"released", "News\n\nWren premieres on Friday. Kit Moss plays the younger Wren.", "wren", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := runDated(c.text, "")
			got := false
			for e := range a.ents {
				if a.find(e) == e && a.ents[e].key == c.key && a.ents[e].typ == kg.Film && a.partNamed(e) {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("partNamed(%q) = %v, want %v", c.key, got, c.want)
			}
		})
	}
}
