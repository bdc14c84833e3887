package loaders

import "testing"

// TestOpeningTitleCueFilm checks that an unquoted title opening a sentence
// before "which <name>", "starring" or a bracketed year is the film of the
// sentence's cast, not the film the article is about, on invented
// sentences.
func TestOpeningTitleCueFilm(t *testing.T) {
	const head = " date 2026-05-01\nFESTIVAL: 'The Salt Ledger' Paints a Village Frame by Frame\n\nThe Salt Ledger is an adaptation of the novel by Dana Welk. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"object relative clause with a cast", "Glass Harbour, which the Welks co-directed in 2017 with Tomas Brandt as Ivo Fenn and Ruth Olsen as Greta Fenn, grossed more than $40 million worldwide.",
			[]string{"ACTED_IN tomas brandt -> glass harbour as ivo fenn", "ACTED_IN ruth olsen -> glass harbour as greta fenn"},
			[]string{"ACTED_IN tomas brandt -> the salt ledger as ivo fenn", "ACTED_IN ruth olsen -> the salt ledger as greta fenn"}},
		{"bracketed year and appositive", "Glass Harbour (2009), Hugo Welk's biopic, casts Tomas Brandt as the young Ivo Fenn.",
			[]string{"ACTED_IN tomas brandt -> glass harbour as ivo fenn"},
			[]string{"ACTED_IN tomas brandt -> the salt ledger as ivo fenn"}},
		{"bracketed other title then starring", "Glass Harbour (Gwydr), starring Ruth Olsen as DI Greta Fenn, is another bilingual noir.",
			[]string{"ACTED_IN ruth olsen -> glass harbour as di greta fenn"},
			[]string{"ACTED_IN ruth olsen -> the salt ledger as di greta fenn"}},
		{"a company's which is no title", "Harbour Pictures, which is releasing the film, casts Ruth Olsen as Greta Fenn.",
			nil,
			[]string{"ACTED_IN ruth olsen -> harbour pictures as greta fenn"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
