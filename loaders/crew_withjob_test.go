package loaders

import "testing"

// TestWithAsJob checks withAsJob on invented sentences: "with P as
// executive producer" and "with A, B and C among the executive producers"
// credit each person on the sentence's film; a part after "as" is no job.
func TestWithAsJob(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Wraps\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one person as a job", "Dora Vance directed Iron Creek from a screenplay by Tom Lake, with Kim Yarwood as executive producer.",
			[]string{"PRODUCED kim yarwood -> iron creek"}, nil},
		{"a list among the producers", "Iron Creek is produced by Harlow Pictures, with Tobin Marsh, Jane Rusk and Pell Marsh among the executive producers.",
			[]string{"PRODUCED tobin marsh -> iron creek", "PRODUCED jane rusk -> iron creek", "PRODUCED pell marsh -> iron creek"}, nil},
		{"guard: a part", "Dora Vance directed Iron Creek, with Kim Yarwood as the sheriff.",
			nil, []string{"PRODUCED kim yarwood -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
