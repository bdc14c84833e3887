package loaders

import "testing"

// TestDescribedTitleBefore checks a "starring" list after an appositive
// that names the title's company ("F, the Neon release starring A") on
// invented sentences: the cast is the title's, not the text's film.
func TestDescribedTitleBefore(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. It follows the 2010 film Dry Gulch. Rob Vint plays Ezra Pell. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a definite appositive with a company", "Elsewhere, Dry Gulch, the Neon release starring Nola Finch and Kay Bell, expanded and took ninth.",
			[]string{"ACTED_IN nola finch -> dry gulch", "ACTED_IN kay bell -> dry gulch"}, []string{"ACTED_IN nola finch -> marrow flats"}},
		{"an indefinite appositive with a company", "Neon's Dry Gulch, an A24 release starring Nola Finch, is expected to dip.",
			[]string{"ACTED_IN nola finch -> dry gulch"}, []string{"ACTED_IN nola finch -> marrow flats"}},
		{"guard: a person in the appositive", "Elsewhere, Dry Gulch, the Kay Bell vehicle starring Nola Finch, took ninth.",
			nil, []string{"ACTED_IN kay bell -> dry gulch"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
