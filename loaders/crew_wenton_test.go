package loaders

import "testing"

// TestWentOnTo checks "P went on to direct F" and "P, who would go on to
// write and direct F": the later work's credit, and no credit on the film
// at hand when the later work is not named.
func TestWentOnTo(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Returns\n\nHarlow Dune, a drama from Neon, arrives in September with Tobin Ashgrove and Mina Faroe. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"went on to direct", "Tobin Ashgrove went on to direct Glass Orchard.",
			[]string{"DIRECTED tobin ashgrove -> glass orchard"}, []string{"DIRECTED tobin ashgrove -> harlow dune"}},
		{"who would go on to direct", "The second season was directed by Mina Faroe, who would go on to direct Glass Orchard.",
			[]string{"DIRECTED mina faroe -> glass orchard"}, nil},
		{"has gone on to write and direct", "Ashgrove has gone on to write and direct Salt Meadow.",
			[]string{"WROTE tobin ashgrove -> salt meadow", "DIRECTED tobin ashgrove -> salt meadow"}, nil},
		{"two verb pairs: the second pair's film", "Ashgrove has gone on to write and produce Glass Orchard and to write and direct Salt Meadow.",
			[]string{"DIRECTED tobin ashgrove -> salt meadow", "WROTE tobin ashgrove -> salt meadow"}, nil},
		{"guard: unnamed later work", "Faroe and Ashgrove, who went on to produce the cable miniseries about the war together, are developing a third series.",
			nil, []string{"PRODUCED mina faroe -> harlow dune", "PRODUCED tobin ashgrove -> harlow dune"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
