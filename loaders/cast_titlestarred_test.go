package loaders

import "testing"

// TestTitleStarred checks a title as the subject of "starred" ("F starred
// A and B", "Its prequel, F, starred A as C", "F, a 2010 western, starred
// A") on invented sentences: the cast acted in that title, not in the film
// the text is about.
func TestTitleStarred(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. It follows the 2010 film Dry Gulch. Rob Vint plays Ezra Pell. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a list after the title", "Dry Gulch starred Nola Finch and Kay Bell.",
			[]string{"ACTED_IN nola finch -> dry gulch", "ACTED_IN kay bell -> dry gulch"}, nil},
		{"a year in brackets", "Dry Gulch (2010) starred Nola Finch and Kay Bell in the lead roles.",
			[]string{"ACTED_IN nola finch -> dry gulch", "ACTED_IN kay bell -> dry gulch"}, nil},
		{"the title as an appositive", "The first, Dry Gulch, starred Nola Finch as Tess Ware.",
			[]string{"ACTED_IN nola finch -> dry gulch as tess ware"}, []string{"ACTED_IN nola finch -> marrow flats as tess ware"}},
		{"an appositive after the title", "Dry Gulch, a 2010 western, starred Nola Finch and Kay Bell.",
			[]string{"ACTED_IN nola finch -> dry gulch", "ACTED_IN kay bell -> dry gulch"}, nil},
		{"a company's title", "Neon's Dry Gulch starred Nola Finch and Kay Bell in 2010.",
			[]string{"ACTED_IN nola finch -> dry gulch", "ACTED_IN kay bell -> dry gulch"}, nil},
		{"a title-shaped name never typed", "Its sequel, The Salt Years, starred Nola Finch.",
			[]string{"ACTED_IN nola finch -> salt years"}, nil},
		{"guard: a personal name is no title", "Tom Ray starred Nola Finch in a short.",
			nil, []string{"ACTED_IN nola finch -> tom ray"}},
		{"guard: a person starred in the title", "Nola Finch starred in Dry Gulch.",
			[]string{"ACTED_IN nola finch -> dry gulch"}, []string{"ACTED_IN dry gulch -> nola finch"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
