package loaders

import "testing"

// TestTitlePrefixParent checks that a spin-off, sequel or prequel word
// with a child titled "X: Subtitle" and no stated parent links the child
// to the X the article names ("the animated spin-off X: Tales", "the 2007
// sequel, X: The Return"), and leaves a person named X alone.
func TestTitlePrefixParent(t *testing.T) {
	const head = " date 2026-05-01\n'Cobalt Lagoon' Turns Ten\n\nCobalt Lagoon, the 2016 thriller from Neon, turns ten this week. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"described spin-off", "The animated spin-off Cobalt Lagoon: Low Tide arrives on Netflix in May.",
			[]string{"SPIN_OFF_OF cobalt lagoon: low tide -> cobalt lagoon"}, nil},
		{"dated sequel after a comma", "Tom Ferris returned in the 2019 sequel, Cobalt Lagoon: The Return, also from Neon.",
			[]string{"SEQUEL_OF cobalt lagoon: the return -> cobalt lagoon"}, nil},
		{"prequel", "Neon also made last year's prequel Cobalt Lagoon: First Light, which stars Ana Verdt.",
			[]string{"PREQUEL_OF cobalt lagoon: first light -> cobalt lagoon"}, nil},
		{"guard: a person named as the prefix", "Tom Ferris met Ana Verdt on set. Ana Verdt later led the 2021 spin-off Ana Verdt: Rising.",
			nil, []string{"SPIN_OFF_OF ana verdt: rising -> ana verdt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
