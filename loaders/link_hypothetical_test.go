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

// TestNumberedSequelSubtitle checks that "X 3" is the sequel of the one
// "X 2: Subtitle" the article names when it names no bare "X 2", and not
// of a subtitled film of another number.
func TestNumberedSequelSubtitle(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one subtitled predecessor", " date 2026-05-01\n'Dust Road 3' Opens Big\n\nDust Road 3 opened to $40 million, 30 years after Dust Road 2: The Long Way.\n",
			[]string{"SEQUEL_OF dust road 3 -> dust road 2: the long way"}, nil},
		{"guard: a subtitled film of another number", " date 2026-05-01\n'Dust Road 3' Opens Big\n\nDust Road 3 opened to $40 million. Fans still love Dust Road 1: The Long Way.\n",
			nil, []string{"SEQUEL_OF dust road 3 -> dust road 1: the long way"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, c.text), c.want, c.not)
		})
	}
}

// TestHypotheticalPartOf checks that a film the article only asks about
// ("Will there be an X 3?") is marked hypothetical, so that no PART_OF
// joins it to the franchise its title starts with, while the films the
// article names as made are not.
func TestHypotheticalPartOf(t *testing.T) {
	cases := []struct {
		name string
		text string
		key  string
		want bool
	}{
		{"asked", " date 2026-05-01\n'Iron Creek 2' Opens Big\n\nIron Creek 2, the sequel to Iron Creek, opened to $40 million. Will there be an Iron Creek 3? The director is not sure.\n",
			"iron creek 3", true},
		{"guard: the film that opened", " date 2026-05-01\n'Iron Creek 2' Opens Big\n\nIron Creek 2, the sequel to Iron Creek, opened to $40 million. Will there be an Iron Creek 3? The director is not sure.\n",
			"iron creek 2", false},
		{"guard: in production", " date 2026-05-01\n'Iron Creek 2' Opens Big\n\nIron Creek 2 opened to $40 million. Will there be an Iron Creek 3? Iron Creek 3 is already in production.\n",
			"iron creek 3", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if e := mustEntity(t, c.text, c.key); e.hypothetical != c.want {
				t.Errorf("%s: hypothetical %v, want %v", c.key, e.hypothetical, c.want)
			}
		})
	}
}
