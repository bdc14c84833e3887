package loaders

import "testing"

// TestCopulaTitledPart checks "P is the Princess C": a cast copula whose
// part is a titled name after "the".
func TestCopulaTitledPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Review: A Mining Town Western\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title after the", "Pell Arden plays the prospector, and Lorna Vesk is the Princess Ilsa Varn.",
			[]string{"ACTED_IN lorna vesk -> iron creek as princess ilsa varn"}, nil},
		{"appositive after the part", "Lorna Vesk is the Countess Mira Holt, a loyal client, and Tobin Marsh turns up as the sheriff.",
			[]string{"ACTED_IN lorna vesk -> iron creek as countess mira holt"}, nil},
		{"a describing word before the title", "Tobin Marsh was the young Emperor Anselm Roth, who falls for the wrong sister.",
			[]string{"ACTED_IN tobin marsh -> iron creek as emperor anselm roth"}, nil},
		{"no title, no part", "Lorna Vesk is the Iron Creek Mining Company's lawyer.",
			nil, []string{"ACTED_IN lorna vesk -> iron creek as iron creek mining company"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
