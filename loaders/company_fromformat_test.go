package loaders

import "testing"

// TestFromMakerAfterFormat checks the "from O" appositive after a title
// that follows its format noun ("the animated adventure F, from O1 and
// O2, earned") or carries a parenthesised year ("F (1978), from O1 and
// O2,"): the companies made the title.
func TestFromMakerAfterFormat(t *testing.T) {
	const head = " date 2026-05-01\nBox Office: 'Copper Harbor' Holds On\n\nCopper Harbor, a western from Brightline Pictures, held the top spot. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after the title's format noun", "Family fare came second: the animated adventure Tin Hound, from Harrow Animation and Kestrel Pictures, earned $13.5 million.",
			[]string{"PRODUCED harrow animation -> tin hound", "PRODUCED kestrel pictures -> tin hound"}, nil},
		{"after the title's parenthesised year", "An earlier version, Tin Hound (1978), from Kestrel Pictures and Harrow Animation, was a flop.",
			[]string{"PRODUCED kestrel pictures -> tin hound", "PRODUCED harrow animation -> tin hound"}, nil},
		{"guard: a person after from", "The comedy Tin Hound, from Ada Brook, opened third.",
			nil, []string{"PRODUCED ada brook -> tin hound"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
