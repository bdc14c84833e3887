package loaders

import "testing"

// TestAskedExistenceGoingTo checks the question "Is there going to be a
// X 4?": the sequel it asks about takes no film link; a sequel that is
// "going to be made" keeps it.
func TestAskedExistenceGoingTo(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 3' Opens Big\n\nIron Creek 3, the sequel to Iron Creek 2, opened to $40 million. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"is there going to be", "Is there going to be an Iron Creek 4? The director would not say.",
			[]string{"SEQUEL_OF iron creek 3 -> iron creek 2"}, []string{"SEQUEL_OF iron creek 4 -> iron creek 3"}},
		{"going to be made", "Iron Creek 4 is going to be made next year, Neon said.",
			[]string{"SEQUEL_OF iron creek 4 -> iron creek 3"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
