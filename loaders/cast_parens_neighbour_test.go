package loaders

import "testing"

// TestParenPairsLeadingNeighbour checks that what opens a list of "A (C)"
// pairs decides its orientation: a neighbour named person first without
// brackets ("P, who played C, A (D) and B (E)") and a preposed predicate of
// people ("Also returning are A (D), B (E)") read the names outside the
// brackets as the actors (invented names).
func TestParenPairsLeadingNeighbour(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"who played neighbour",
			"The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Several regulars are gone, including Ilse Varga, who played Nadia Fenn, Ada Crane (Dora Lind) and Ola Berg (Mira Kessel).",
			[]string{"PORTRAYED ada crane -> dora lind", "PORTRAYED ola berg -> mira kessel"}},
		{"preposed returning are",
			"The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Also returning are Ada Crane (Dora Lind), Ola Berg (Mira Kessel) and Tomas Reyne (Hugo Bell).",
			[]string{"PORTRAYED ada crane -> dora lind", "PORTRAYED ola berg -> mira kessel", "PORTRAYED tomas reyne -> hugo bell"}},
		{"preposed back are",
			"The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Back are Ada Crane (Dora Lind) and Ola Berg (Mira Kessel).",
			[]string{"PORTRAYED ada crane -> dora lind", "PORTRAYED ola berg -> mira kessel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, nil)
		})
	}
}
