package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestChartFigureTitles checks that a name right before a bracketed
// box-office figure ("($9.2 million)") is typed a film, and that a
// bracketed number with no currency sign leaves it alone.
func TestChartFigureTitles(t *testing.T) {
	cases := []struct {
		name, text, key string
		film            bool
	}{
		{"dollar figure",
			"Weekend box office\n\nRounding out the top ten: Marrowind ($9.2 million), Pellucid ($7.4 million) and Tesk ($3.7 million).",
			"pellucid", true},
		{"pound figure",
			"Weekend box office\n\nRounding out the list were Marrowind (£1.2 million) and Tesk (£0.9 million).",
			"marrowind", true},
		{"no currency sign",
			"Weekend box office\n\nRounding out the list were Marrowind (12) and Tesk (9).",
			"marrowind", false},
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
