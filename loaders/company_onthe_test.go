package loaders

import "testing"

// TestPremieredOnThe checks, on invented sentences, an outlet written
// with "the" after a premiere verb ("premiered on the Nine Network"); a
// place after "the" ("arrives on the Lido") stays no outlet.
func TestPremieredOnThe(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Returns\n\nIron Creek, a drama series from Neon, returns in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"an outlet with the", "Created by Reg Olm, Salt Marsh premiered on the Tallis Network on 18 March 1985.",
			[]string{"DISTRIBUTED tallis network -> salt marsh"}, nil},
		{"guard: a place with the", "Salt Marsh arrives on the Lido with a good deal of baggage.",
			nil, []string{"DISTRIBUTED lido -> salt marsh"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
