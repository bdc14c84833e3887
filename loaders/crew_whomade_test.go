package loaders

import "testing"

// TestWhoMade checks "P, who made the KIND F" (DIRECTED) and its guards:
// a series of films, an idiom with no title, a possessive after the name.
func TestWhoMade(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Returns\n\nHarlow Dune, a drama from Neon, arrives in September with Tobin Ashgrove and Mina Faroe. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"who made the breakout F", "Ashgrove, who made the micro-budget haunted-house breakout Glass Orchard, is the frontrunner to direct.",
			[]string{"DIRECTED tobin ashgrove -> glass orchard"}, nil},
		{"who made the studio short F", "Faroe, who made the Brightmill short Copper Wren, came aboard.",
			[]string{"DIRECTED mina faroe -> copper wren"}, nil},
		{"who had made the documentary F", "Ashgrove, who had made the sushi documentary Salt Meadow in 2011, returns.",
			[]string{"DIRECTED tobin ashgrove -> salt meadow"}, nil},
		{"guard: a series of films", "Ashgrove, who made the Ember Run films with Mina Faroe, is an odd match.",
			nil, []string{"DIRECTED tobin ashgrove -> ember run"}},
		{"guard: a possessive after the name", "Ashgrove, who made Glass Orchard's sequel, returns.",
			nil, []string{"DIRECTED tobin ashgrove -> glass orchard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
