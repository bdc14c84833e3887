package loaders

import "testing"

// TestTitlePrefixParent checks that a spin-off, sequel or prequel word
// with a child titled "X: Subtitle" and no stated parent links the child
// to the X the article names ("the animated spin-off X: Tales", "the 2007
// sequel, X: The Return"), and leaves a person named X alone.
func TestTitlePrefixParent(t *testing.T) {
	const head = " date 2026-05-01\n'Glass Harbour' Turns Ten\n\nGlass Harbour, the 2016 thriller from Neon, turns ten this week. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"described spin-off", "The animated spin-off Glass Harbour: Low Tide arrives on Netflix in May.",
			[]string{"SPIN_OFF_OF glass harbour: low tide -> glass harbour"}, nil},
		{"dated sequel after a comma", "Tom Ferris returned in the 2019 sequel, Glass Harbour: The Return, also from Neon.",
			[]string{"SEQUEL_OF glass harbour: the return -> glass harbour"}, nil},
		{"prequel", "Neon also made last year's prequel Glass Harbour: First Light, which stars Ana Verdt.",
			[]string{"PREQUEL_OF glass harbour: first light -> glass harbour"}, nil},
		{"guard: a person named as the prefix", "Tom Ferris met Ana Verdt on set. Ana Verdt later led the 2021 spin-off Ana Verdt: Rising.",
			nil, []string{"SPIN_OFF_OF ana verdt: rising -> ana verdt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
