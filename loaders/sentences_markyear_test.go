package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestMarkBeforeYear checks that a heading title ending in an exclamation
// or question mark and followed by its bracketed year is read as one
// title, and that a mark ending an ordinary sentence still ends it.
func TestMarkBeforeYear(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"exclamation mark",
			"Ranked\n\n3. Run, Rabbit, Run! (1971)\n\nMara Voss directed it. Tom Reyes plays the bandit Tobal Brandt.",
			[]string{kg.ID(kg.Film, "Run, Rabbit, Run!")}, nil},
		{"question mark",
			"Ranked\n\n2. Where To, Mister? (1968)\n\nMara Voss directed it. Tom Reyes plays the driver Ned Tarrow.",
			[]string{kg.ID(kg.Film, "Where To, Mister?")}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}
