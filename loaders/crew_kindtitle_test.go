package loaders

import "testing"

// TestKindTitle checks a crew verb's object "the KIND... F" ("co-directed
// the horror hit F with Q") and the guards: no kind word, a possessive
// after the title.
func TestKindTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Sets Its Crew\n\nHarlow Dune opens Friday. The studio also made the films Salt Meadow (2019) and Glass Orchard (2021). "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the horror hit F", "Mina Faroe directed the horror hit Glass Orchard.",
			[]string{"DIRECTED mina faroe -> glass orchard"}, nil},
		{"co-wrote the comedy hit F with Q", "Mina Faroe co-wrote the comedy hit Salt Meadow with Pell Harrow.",
			[]string{"WROTE mina faroe -> salt meadow", "WROTE pell harrow -> salt meadow"}, nil},
		{"guard: no kind word", "Mina Faroe directed the brooding Glass Orchard.",
			nil, []string{"DIRECTED mina faroe -> glass orchard"}},
		{"guard: a possessive after the title", "Mina Faroe directed the cult hit Glass Orchard's sequel.",
			nil, []string{"DIRECTED mina faroe -> glass orchard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
