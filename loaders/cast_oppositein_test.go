package loaders

import "testing"

// TestOppositeIn checks "opposite Q in F" read from the co-star's side
// when the clause holds no cast claim, with describing words before the
// title, and the shapes that give nothing, on invented sentences.
func TestOppositeIn(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"seen opposite in a described title", "Lena Frey was most recently seen opposite Karl Meyer in the miniseries Lowtide.",
			[]string{"ACTED_IN karl meyer -> lowtide"}, nil},
		{"genre words before the title", "He was a general, Colonel Arkady Rusin, opposite Karl Meyer in the Cold War thriller Red Meridian (1987), which Ida Krug directed.",
			[]string{"ACTED_IN karl meyer -> red meridian"}, nil},
		{"company's described title", "Otto Baum was last seen opposite Karl Meyer in Netflix's thriller series Low Water.",
			[]string{"ACTED_IN karl meyer -> low water"}, nil},
		{"a part after the film is the subject's", "Otto Baum was seen opposite Karl Meyer in Low Water, where she played Nell Archer.",
			nil, []string{"ACTED_IN karl meyer -> low water as nell archer"}},
		{"a title split in two names", "Otto Baum played a general opposite Karl Meyer in The Hunt for Red Water.",
			nil, []string{"ACTED_IN karl meyer -> hunt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
