package loaders

import "testing"

// TestWithRolesClose checks a "with" list that closes with "in support",
// "in supporting roles" or "in the leads" in a sentence that also speaks
// of the crew, and the list after "with P as C and".
func TestWithRolesClose(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Review: A Mining Town Western\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"in support with a crew clause", "Perrin Hale co-wrote the western and stars as the prospector Moss Pike, with Jess Albury and Tobin Marsh in support; Orla Brennick directed.",
			[]string{"ACTED_IN jess albury -> iron creek", "ACTED_IN tobin marsh -> iron creek"}, nil},
		{"in the leads", "The western, which Orla Brennick directed from a script by Pell Arden, arrived with Jess Albury and Tobin Marsh in the leads.",
			[]string{"ACTED_IN jess albury -> iron creek", "ACTED_IN tobin marsh -> iron creek"}, nil},
		{"after a with-as phrase", "The western starred Dela Cruzon, with Bo Wonger as a Broadway producer and Phil Sooner, Ali Stroud and Alex Winton in supporting roles.",
			[]string{"ACTED_IN phil sooner -> iron creek", "ACTED_IN ali stroud -> iron creek", "ACTED_IN alex winton -> iron creek"}, nil},
		{"a lead in a race is no cast", "The race was directed by stewards, with Jess Albury and Tobin Marsh in the lead.",
			nil, []string{"ACTED_IN jess albury -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
