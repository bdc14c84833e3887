package loaders

import "testing"

// TestEllipsisSubtitle checks that a bracketed subtitle opened by an
// ellipsis right after a title is part of the title and ends no sentence,
// while an ordinary bracket after a name stays apart.
func TestEllipsisSubtitle(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"ellipsis subtitle in brackets",
			"News\n\nHer first, Summer Tide (...Or, How We Got Here), was built from old footage by Ines Corbal.",
			[]string{"summer tide (...or, how we got here)", "ines corbal"}, []string{"summer tide"}},
		{"a plain bracket stays apart",
			"News\n\nHer first, Summer Tide (2019), was built from old footage by Ines Corbal.",
			[]string{"summer tide", "ines corbal"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
