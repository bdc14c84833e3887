package loaders

import "testing"

// TestFormatAppositive checks "F, a limited series for O from O2" and "F,
// an anime series on O": the outlet shows F, the studio after "from"
// makes it.
func TestFormatAppositive(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"series for a streamer from a studio", "Ruiz announced Night Drive: Second Tide, a limited series for Hulu from Gold Harbor Television, set in 1996.",
			[]string{"DISTRIBUTED hulu -> night drive: second tide", "PRODUCED gold harbor television -> night drive: second tide"}, nil},
		{"series on a streamer", "Then came Paper Moon: The Ashen, an anime series on Netflix that ran for two seasons.",
			[]string{"DISTRIBUTED netflix -> paper moon: the ashen"}, nil},
		{"guard: no appositive", "Kate Lind wrote a limited series for Hulu last year.",
			nil, []string{"DISTRIBUTED hulu -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
