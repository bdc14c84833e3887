package loaders

import "testing"

// TestWithPartFilm checks "..., with P as his wife": a nameless part in a
// "with" phrase after a cast claim of the same sentence.
func TestWithPartFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Review: A Mining Town Western\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"kin noun after a possessive", "Lorna Vesk starred as the widow Ada Cray, with Tobin Marsh as her brother.",
			[]string{"ACTED_IN tobin marsh -> iron creek"}, nil},
		{"describing words before the kin noun", "Perrin Hale stars as a dying courier, with Mira Oduya as his estranged teenage daughter.",
			[]string{"ACTED_IN mira oduya -> iron creek"}, nil},
		{"no cast claim before the phrase", "Lorna Vesk lives in Oslo with Tobin Marsh as her neighbour.",
			nil, []string{"ACTED_IN tobin marsh -> iron creek"}},
		{"a crew noun is no part", "Lorna Vesk starred as the widow Ada Cray, with Tobin Marsh as her producer.",
			nil, []string{"ACTED_IN tobin marsh -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
