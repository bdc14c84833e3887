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
		{"seen opposite in a described title", "Lena Frey was most recently seen opposite Karl Meyer in the miniseries Greyfield.",
			[]string{"ACTED_IN karl meyer -> greyfield"}, nil},
		{"genre words before the title", "He was a general, Colonel Ivo Varnak, opposite Karl Meyer in the Cold War thriller Copper Vale (1987), which Ida Krug directed.",
			[]string{"ACTED_IN karl meyer -> copper vale"}, nil},
		{"company's described title", "Otto Baum was last seen opposite Karl Meyer in Netflix's thriller series Salt Harbour.",
			[]string{"ACTED_IN karl meyer -> salt harbour"}, nil},
		{"a part after the film is the subject's", "Otto Baum was seen opposite Karl Meyer in Salt Harbour, where she played Mina Coll.",
			nil, []string{"ACTED_IN karl meyer -> salt harbour as mina coll"}},
		{"a title split in two names", "Otto Baum played a general opposite Karl Meyer in The Race for Silver Bay.",
			nil, []string{"ACTED_IN karl meyer -> race"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
