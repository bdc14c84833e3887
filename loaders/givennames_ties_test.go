package loaders

import "testing"

// TestGivenNameWorkTies checks the workTies and "survived by" of
// givenNameContext on invented sentences: a name after a possessive and a
// tie of working life, or after an obituary's "survived by his wife", is a
// person; a name after a possessive and a tie of a story is left alone.
func TestGivenNameWorkTies(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"longtime collaborator", "Hale co-wrote the season with her longtime collaborator Gerald Mott, as she did the first.",
			[]string{"Person:gerald mott"}, nil},
		{"writing partner", "Pell and his longtime writing partner Andrew Vost flipped the story around for the sequel.",
			[]string{"Person:andrew vost"}, nil},
		{"former student", "His last film was Salt Flats, directed by his former student Daniel Oroszi, in which he played a fisherman.",
			[]string{"Person:daniel oroszi"}, nil},
		{"survived by", "Brandt died on Monday in Leeds. He is survived by his partner, Laura Pennick, and his daughter.",
			[]string{"Person:laura pennick"}, nil},
		{"guard: a tie of a story", "In the new series, Dominic's daughter Selena Dravic runs the family firm.",
			nil, []string{"Person:selena dravic"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
