package loaders

import "testing"

// TestPronounCowriterSubject checks "F, which he co-wrote with Q": the
// pronoun is the sentence's person even when the sentence calls that
// person by a surname the article met before, and the film may come before
// a bracketed year.
func TestPronounCowriterSubject(t *testing.T) {
	const head = " date 2026-05-01\nPerrin Vasquez Looks Back\n\nPerrin Vasquez has directed Harbor Lights and many other films. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"surname subject", "Vasquez made his name with Copper Vale, which he co-wrote with Adrian Caeta.",
			[]string{"WROTE perrin vasquez -> copper vale", "WROTE adrian caeta -> copper vale"}, nil},
		{"surname subject before a bracketed year", "Vasquez made his name with Copper Vale (1998), which he wrote with Adrian Caeta.",
			[]string{"WROTE perrin vasquez -> copper vale", "WROTE adrian caeta -> copper vale"}, []string{"WROTE perrin vasquez -> harbor lights"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
