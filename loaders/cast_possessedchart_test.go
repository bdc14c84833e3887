package loaders

import "testing"

// TestPossessedChartFilm checks that the name after a person's possessive
// in a chart line ("P's F was fourth with $11.1 million") is read as the
// film, not as a part P plays, and that a possessive part outside a chart
// line stays a credit, on invented sentences.
func TestPossessedChartFilm(t *testing.T) {
	const head = " date 2026-05-01\nBox Office: 'Iron Creek' Rides to No. 1\n\nIron Creek, a western from Neon, opened at No. 1 with $31.2 million. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"was fourth with a sum", "Perrin Vasquez's Harbour Nights was fourth with $11.1 million, bringing its total to $67.6 million.",
			nil, []string{"ACTED_IN perrin vasquez -> iron creek as harbour nights"}},
		{"aside then held on", "Dana Kolb's Copper Valley, also from Warner Bros., held on to fifth with $5.8 million.",
			nil, []string{"ACTED_IN dana kolb -> iron creek as copper valley"}},
		{"expanded to theaters", "In limited release, Sony expanded Owen Tarr's Glass Orchard to 1,200 theaters, where it earned $4.3 million.",
			nil, []string{"ACTED_IN owen tarr -> iron creek as glass orchard"}},
		{"a part outside a chart line", "Mina Dorrel's Vera Holt is the film's best creation, a rancher with a grudge.",
			[]string{"ACTED_IN mina dorrel -> iron creek as vera holt"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
