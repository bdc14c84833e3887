package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCharParenChartLine checks that a chart line's "Title (Company) –
// figure" reads as a film and its company, not as a part and its actor,
// and that a part with its actor in brackets, with no figure after, is
// still a part.
func TestCharParenChartLine(t *testing.T) {
	const chart = "Box office: Ostmere holds on\n\nThe weekend box office, in yen:\n\n" +
		"1. Ostmere (Toho) — ¥214 million, week 3\n" +
		"2. Hobbleford Nights (Brackwater End) — ¥98 million, week 5\n"
	cases := []struct {
		name, text, key string
		want            kg.NodeType
		is              bool
	}{
		{"a chart title is a film", chart, "hobbleford nights", kg.Film, true},
		{"a chart company is no person", chart, "brackwater end", kg.Person, false},
		{"a part and its actor in brackets",
			"Casting news\n\nThe series adds Hobbleford Tessaly (Maren Quillon), a ferryman with a past.",
			"hobbleford tessaly", kg.Character, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := entityType(t, c.text, c.key); (got == c.want) != c.is {
				t.Errorf("%q typed %q, want %q %v", c.key, got, c.want, c.is)
			}
		})
	}
}
