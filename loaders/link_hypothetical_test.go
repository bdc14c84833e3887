package loaders

import "testing"

// TestHypotheticalSequel checks that a sequel the article only imagines
// ("a possible X 4", "talk of a X 4", "no X 3") takes no film link unless
// the article says it is being made.
func TestHypotheticalSequel(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 3' Opens Big\n\nIron Creek 3, the sequel to Iron Creek 2, opened to $40 million. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"possible", "The director would not rule out a possible Iron Creek 4.",
			[]string{"SEQUEL_OF iron creek 3 -> iron creek 2"}, []string{"SEQUEL_OF iron creek 4 -> iron creek 3"}},
		{"talk of a", "There is already talk of an Iron Creek 4.",
			nil, []string{"SEQUEL_OF iron creek 4 -> iron creek 3"}},
		{"no", "The star says there will be no Iron Creek 4.",
			nil, []string{"SEQUEL_OF iron creek 4 -> iron creek 3"}},
		{"in production", "A possible Iron Creek 4 is now in production.",
			[]string{"SEQUEL_OF iron creek 4 -> iron creek 3"}, nil},
		{"announced", "Neon has announced Iron Creek 4.",
			[]string{"SEQUEL_OF iron creek 4 -> iron creek 3"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
