package loaders

import "testing"

// TestWhoseWorks checks the works of a "whose" clause after a person:
// describing words before the noun, a copula, titles right after the
// noun, kind words and a company's possessive before a title, and the
// credit taken from the lead word, the sentence or the person's job.
func TestWhoseWorks(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Sets Its Crew\n\nHarlow Dune, a drama from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"previous films include, director job word", "Director Mina Faroe, whose previous films include Paper Tigers and Cold Lantern, shot it in Oslo.",
			[]string{"DIRECTED mina faroe -> paper tigers", "DIRECTED mina faroe -> cold lantern"}, nil},
		{"directing credits include", "Orla Venn, whose directing credits include \"Salt Meadow\" and \"Tin Harbour,\" returns to direct two episodes.",
			[]string{"DIRECTED orla venn -> salt meadow", "DIRECTED orla venn -> tin harbour"}, nil},
		{"last picture was the kind F", "Ines Valdt, whose last picture was the indie comedy Salt Meadow, is producing.",
			[]string{"DIRECTED ines valdt -> salt meadow"}, nil},
		{"credits with a job word: crew", "Cinematographer Tobin Ashgrove, whose credits include Glass Orchard (2019) for director Ines Valdt, has been hired.",
			[]string{"WORKED_ON tobin ashgrove -> glass orchard"}, []string{"DIRECTED tobin ashgrove -> glass orchard"}},
		{"feature right after the noun", "Pell Harrow, whose feature Lantern Cove earned two awards, says the sequel is bigger.",
			[]string{"DIRECTED pell harrow -> lantern cove"}, nil},
		{"guard: credits of unknown job", "Pell Harrow, whose credits include Glass Orchard and Tin Harbour, says the sequel is bigger.",
			nil, []string{"DIRECTED pell harrow -> glass orchard"}},
		{"guard: a split title", "Director Pell Harrow, whose previous films include Docks and Ferries, says the sequel is bigger.",
			nil, []string{"DIRECTED pell harrow -> parks", "DIRECTED pell harrow -> recreation"}},
		{"guard: short films unnamed", "Pell Harrow, whose short films Glass Orchard and Tin Harbour screened at festivals, joins the crew.",
			nil, []string{"DIRECTED pell harrow -> glass orchard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
