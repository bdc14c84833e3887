package loaders

import "testing"

// TestParenCredits checks the titles in parentheses after a crew member's
// name ("Director P (F)", "scripts by P (F)") and the guards: an actor's
// parentheses, a name in parentheses.
func TestParenCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Sets Its Crew\n\nHarlow Dune opens Friday. The studio also made the films Salt Meadow (2019), Copper Wren (2020), Glass Orchard (2021) and Paper Tigers (2022). "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"job word before the name", "Director Mina Faroe (Salt Meadow) will helm all six episodes.",
			[]string{"DIRECTED mina faroe -> salt meadow"}, nil},
		{"credit claimed in the sentence", "Mina Faroe will helm all six episodes from scripts by Ines Valdt (Copper Wren, Paper Tigers).",
			[]string{"WROTE ines valdt -> copper wren", "WROTE ines valdt -> paper tigers"}, nil},
		{"crew job: cinematographer", "Cinematographer Tobin Ashgrove (Glass Orchard) and editor Dora Kell are on board.",
			[]string{"WORKED_ON tobin ashgrove -> glass orchard"}, nil},
		{"guard: an actor", "Actor Pell Harrow (Glass Orchard) joins the cast.",
			nil, []string{"DIRECTED pell harrow -> glass orchard", "WORKED_ON pell harrow -> glass orchard"}},
		{"guard: a person's name in parentheses", "Director Mina Faroe (Dora Kell) will helm.",
			nil, []string{"DIRECTED mina faroe -> dora kell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
