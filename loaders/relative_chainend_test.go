package loaders

import "testing"

// TestRelativeChainCredits checks the relative clause after a film ("F,
// which P directed and co-wrote"): the film may come before a bracketed
// year, the chain may end in a time ("in 2010", "last year"), and a second
// film's relative clause credits the person again.
func TestRelativeChainCredits(t *testing.T) {
	const head = " date 2026-05-01\nPerrin Vasquez Returns\n\nPerrin Vasquez is back with a new film. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"film before a bracketed year", "Tomas Rell had a small part in Copper Vale (2002), which Vasquez directed and co-wrote, and which Meridian Films released.",
			[]string{"DIRECTED perrin vasquez -> copper vale", "WROTE perrin vasquez -> copper vale"}, nil},
		{"chain ending in a year", "The original Copper Vale, which Vasquez directed and co-wrote in 2010, launched a series.",
			[]string{"DIRECTED perrin vasquez -> copper vale", "WROTE perrin vasquez -> copper vale"}, nil},
		{"chain ending in last year", "The pair met on Copper Vale, which Vasquez wrote and directed last year, and the idea grew from there.",
			[]string{"DIRECTED perrin vasquez -> copper vale", "WROTE perrin vasquez -> copper vale"}, nil},
		{"second film of the person", "The new film is the first since Copper Vale, which Vasquez wrote and directed.",
			[]string{"DIRECTED perrin vasquez -> copper vale", "WROTE perrin vasquez -> copper vale"}, nil},
		{"guard: a place after the chain", "Copper Vale, which Vasquez directed in Lisbon, opened well.",
			nil, []string{"DIRECTED perrin vasquez -> lisbon"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
