package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestHeadlineAgeTitles checks that a body name the headline writes before
// "at" and an age or before "review" is typed a film, and that a death
// notice's "Dies at 81" and an age above 150 type nothing.
func TestHeadlineAgeTitles(t *testing.T) {
	cases := []struct {
		name, text, key string
		film            bool
	}{
		{"anniversary before a colon",
			"Cinder Reach at 30: The Thriller That Turned a Ship Into a Stage\n\nCinder Reach still holds up. Halvard Stenn and Ossia Marl lead the crew.",
			"cinder reach", true},
		{"anniversary after a quote",
			"\"Cold Open\": The Glass Orchard at 15\n\nThe Glass Orchard went on for three seasons. Halvard Stenn wrote most of it.",
			"glass orchard", true},
		{"no run after a colon",
			"Twenty Days, One Sweater: The Glass Orchard at 15\n\nThe Glass Orchard went on for three seasons. Halvard Stenn wrote most of it.",
			"glass orchard", false},
		{"review",
			"Cinder Reach review: Halvard Stenn is ferocious in a drama that refuses to look away\n\nCinder Reach still holds up. Ossia Marl leads the crew.",
			"cinder reach", true},
		{"a death notice",
			"Ossia Marl, Stage Veteran, Dies at 81\n\nOssia Marl died on Sunday. Ossia Marl Dies was never a title.",
			"ossia marl dies", false},
		{"no age",
			"Cinder Reach at 1995: The Thriller That Turned a Ship Into a Stage\n\nCinder Reach still holds up. Halvard Stenn and Ossia Marl lead the crew.",
			"cinder reach", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, c.text, c.key)
			if (got == kg.Film) != c.film {
				t.Errorf("%q typed %q, want film %v", c.key, got, c.film)
			}
		})
	}
}
