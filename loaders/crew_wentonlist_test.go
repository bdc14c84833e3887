package loaders

import "testing"

// TestWentOnList checks "P went on to make F1, F2 and F3", "P went on to
// create F", "P went on to co-create O's F": every named later work gets
// the verb's credit; an object that names no title gives none.
func TestWentOnList(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Returns\n\nHarlow Dune, a drama from Neon, arrives in September with Tobin Ashgrove and Mina Faroe. " +
		"Glass Orchard opened in 2001 and Salt Meadow in 2004. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"went on to make a list", "Ashgrove, meanwhile, went on to make Glass Orchard and Salt Meadow.",
			[]string{"DIRECTED tobin ashgrove -> glass orchard", "DIRECTED tobin ashgrove -> salt meadow"}, nil},
		{"went on to direct: every title of the list", "Ashgrove went on to direct Glass Orchard, Salt Meadow and Copper Vale, and won an award.",
			[]string{"DIRECTED tobin ashgrove -> salt meadow", "DIRECTED tobin ashgrove -> copper vale"}, nil},
		{"went on to create", "Faroe went on to create Glass Orchard for Neon, playing a version of herself.",
			[]string{"WROTE mina faroe -> glass orchard"}, nil},
		{"went on to co-create a company's title", "Faroe went on to co-create Hulu's Copper Vale.",
			[]string{"WROTE mina faroe -> copper vale"}, nil},
		{"guard: no title in the object", "Ashgrove went on to make his name in television.",
			nil, []string{"DIRECTED tobin ashgrove -> harlow dune"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}

// TestCreatorOwnedTitle checks the creator verb's object past "the
// original" or a company's possessive, and "A and B, the duo who created
// F".
func TestCreatorOwnedTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Returns\n\nHarlow Dune, a comedy, premiered in 1999 with Tobin Ashgrove and Mina Faroe. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"who created the original F", "Perrin Vale, who created the original Harlow Dune in 1988, has no involvement.",
			[]string{"WROTE perrin vale -> harlow dune"}, nil},
		{"who created O's F", "Perrin Vale, who created NBC's Glass Orchard before taking over the revival, returns.",
			[]string{"WROTE perrin vale -> glass orchard"}, nil},
		{"the duo who created F", "Morris wrote the script with Perrin Vale and Dace Lund, the duo who created Channel 4's Glass Orchard, and with Simon Brill.",
			[]string{"WROTE perrin vale -> glass orchard", "WROTE dace lund -> glass orchard"}, nil},
		{"guard: a created character", "Perrin Vale, who created the character in 1967, returns.",
			nil, []string{"WROTE perrin vale -> harlow dune"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
