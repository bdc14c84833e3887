package loaders

import "testing"

// TestCompanyWhichObject checks, on invented sentences, a company as the
// subject of a relative clause whose object is the title before it ("F,
// which O released in 2019", "F, which O1 produced and O2 distributed",
// "F, which O1 produced for O2", "the film, which O produced"): the
// title, not the article's subject, gets the credit; and the guard: a
// person in the clause is no company.
func TestCompanyWhichObject(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"released, with a date after", "Perrin Vasquez made his debut in The Salt Ledger, which Brightwater Pictures released in 2019.",
			[]string{"DISTRIBUTED brightwater pictures -> salt ledger"}, []string{"DISTRIBUTED brightwater pictures -> ashen coulee"}},
		{"produced and distributed by two companies", "Rounding out the top five was The Salt Ledger, which Corvane Films produced and Brightwater distributed.",
			[]string{"PRODUCED corvane films -> salt ledger", "DISTRIBUTED brightwater -> salt ledger"}, []string{"DISTRIBUTED brightwater -> ashen coulee"}},
		{"produced for an outlet", "The deal leaves out the series Glass Orchard, which Corvane Films produced for Meridian TV.",
			[]string{"PRODUCED corvane films -> glass orchard", "DISTRIBUTED meridian tv -> glass orchard"}, nil},
		{"guard: a person in the clause", "Perrin Vasquez made his debut in The Salt Ledger, which Ann Bell produced.",
			nil, []string{"DISTRIBUTED ann bell -> salt ledger", "PRODUCED ann bell -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
