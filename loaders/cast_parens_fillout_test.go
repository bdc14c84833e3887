package loaders

import "testing"

// TestParenPairsFillOut checks that "fill out" after a list of "A (C)"
// pairs, like "round out", reads the names outside the brackets as the
// actors (personPredicates). Invented sentences and names.
func TestParenPairsFillOut(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"fill out", "The Wexmoor returns on Streamly in May. Ada Crane (Dora Lind) and Ola Berg (Mira Kessel) fill out the student body.",
			[]string{"PORTRAYED ada crane -> dora lind", "PORTRAYED ola berg -> mira kessel"}},
		{"filled out", "The Wexmoor returns on Streamly in May. Ada Crane (Dora Lind) and Ola Berg (Mira Kessel) filled out the ensemble.",
			[]string{"PORTRAYED ada crane -> dora lind", "PORTRAYED ola berg -> mira kessel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts("The Wexmoor\n\n" + c.text)
			checkLines(t, claims, c.want, nil)
		})
	}
}
