package loaders

import "testing"

// TestRomanceTail checks that a Spanish, French or Italian title in
// sentence case is read whole after its capitalised first word (small
// words, then lower-case words no lexicon holds, a subtitle after a
// colon), and that English prose with a Romance phrase or a name's
// particle is left alone.
func TestRomanceTail(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"Spanish title ending at a comma",
			"News\n\nThis is the second season of Amor de sombras, the network's sequel to the 2004 hit.",
			[]string{"amor de sombras"}, []string{"amor"}},
		{"two small words before the lower-case word",
			"News\n\nNext up is Cartas en la niebla, a colonial romance starring Ines Corbal.",
			[]string{"cartas en la niebla"}, []string{"cartas"}},
		{"French elided words",
			"News\n\nHe played the priest in Les Quais d'en bas from 2016 to 2021.",
			[]string{"les quais d'en bas"}, []string{"les quais"}},
		{"a possessive inside the title",
			"News\n\nShe starred in every version of Tomas Verrier's Un renard et sa lanterne for decades.",
			[]string{"un renard et sa lanterne"}, []string{"un renard"}},
		{"a subtitle in sentence case after a colon",
			"News\n\nAmor de sombras: la venganza is streaming now.",
			[]string{"amor de sombras: la venganza"}, nil},
		{"et al. after a surname",
			"News\n\nThe study by Varnholt et al. was cited.",
			[]string{"varnholt"}, []string{"varnholt et al"}},
		{"a particle before a capitalised surname",
			"News\n\nThe part went to Corinne de la Varenne last spring.",
			[]string{"corinne de la varenne"}, nil},
		{"an English phrase after a name",
			"News\n\nThe crew went to Tarvena en route to the coast.",
			[]string{"tarvena"}, []string{"tarvena en route"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
