package loaders

import (
	"slices"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOtherLanguageTitles checks mergeGlossTitles' wider bracket shapes
// and mergeEnglishTitles on invented articles: a film and its title in
// another language, in brackets or after "known in English as" and
// "under the title", make one film, not two; a director's name in the
// brackets and a film named earlier in the clause stay apart.
func TestOtherLanguageTitles(t *testing.T) {
	const head = " date 2026-05-01\nA Director's Return\n\n"
	cases := []struct {
		name string
		text string
		want []string // the film keys the article ends with
	}{
		{"bracketed English title and year", "Ana Pell first won acclaim with El hombre de la casa (The Man of the House, 1999), a comedy about a tailor.",
			[]string{"el hombre de la casa"}},
		{"bracketed English title of a subtitled title", "Ned Marsh had a small part in Gece Yolu: Son (Night Road: The End), the spin-off film.",
			[]string{"gece yolu: son"}},
		{"known in English as", "Ned Marsh made his name in the thriller Kara Orman: Sınır, known in English as Black Forest: The Border, before he moved to Berlin.",
			[]string{"kara orman: sınır"}},
		{"released in English-speaking territories as", "The sequel, OSK 12: Rouge sur Rouge (released in English-speaking territories as OSK 12: Red on Red), opens in May.",
			[]string{"osk 12: rouge sur rouge"}},
		{"guard: a film named earlier in the clause", "Ned Marsh starred in Kara Orman: Sınır and in a 2019 film set in Lisbon, known in English as Tideline 2, before he moved to Berlin.",
			[]string{"kara orman: sınır", "tideline 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityKeys(t, head+c.text+"\n", kg.Film)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("no film %q in %v", w, got)
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("films %v, want only %v", got, c.want)
			}
		})
	}
}

// TestOtherLanguageTitlesOff checks that the wider shapes need the switch.
func TestOtherLanguageTitlesOff(t *testing.T) {
	defer func(v bool) { glossYearTail = v }(glossYearTail)
	glossYearTail = false
	for _, text := range []string{
		"Ana Pell first won acclaim with El hombre de la casa (The Man of the House, 1999), a comedy about a tailor.",
		"Ned Marsh made his name in the thriller Kara Orman: Sınır, known in English as Black Forest: The Border, before he moved to Berlin.",
	} {
		if got := entityKeys(t, " date 2026-05-01\nA Director's Return\n\n"+text+"\n", kg.Film); len(got) < 2 {
			t.Errorf("switched off, %q still makes one film: %v", text, got)
		}
	}
}
