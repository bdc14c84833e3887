package loaders

import "testing"

// TestSubjectAsideCrewVerb checks a crew verb after an aside about its
// subject ("P, the filmmaker behind the first two X movies, directed from a
// script by Q"): the aside's plural film noun does not hedge the verb, its
// one title is not the verb's film, and its credit does not stand in the
// way; an aside inside a cast clause, and a hedge after the aside, are
// left alone.
func TestSubjectAsideCrewVerb(t *testing.T) {
	const head = " date 2026-05-01\n'Copper Vale' Begins Shooting\n\nCopper Vale, a comedy about a lighthouse, began shooting on Monday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"aside with earlier films", "Perrin Vasquez, the filmmaker behind the first two Harbor movies, directed from a script by Simon Farn.",
			[]string{"DIRECTED perrin vasquez -> copper vale"}, nil},
		{"aside naming one title", "Perrin Vasquez, the filmmaker behind Harbor Lights, directed from a script by Simon Farn.",
			[]string{"DIRECTED perrin vasquez -> copper vale"}, nil},
		{"relative aside with a made title", "Perrin Vasquez, who made Harbor Lights, directed from a script by Simon Farn.",
			[]string{"DIRECTED perrin vasquez -> copper vale"}, nil},
		{"aside of a returning director", "Perrin Vasquez, who directed the first film, will direct again.",
			[]string{"DIRECTED perrin vasquez -> copper vale"}, nil},
		{"guard: the verb inside the aside", "Perrin Vasquez, who directed the first two films, returns.",
			nil, []string{"DIRECTED perrin vasquez -> copper vale"}},
		{"guard: a hedge after the aside", "Perrin Vasquez, the filmmaker behind the first two Harbor movies, will not direct.",
			nil, []string{"DIRECTED perrin vasquez -> copper vale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
