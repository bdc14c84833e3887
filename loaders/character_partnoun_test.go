package loaders

import "testing"

// TestPartNounNames checks typePartNounNames on invented sentences: the
// names after "characters" or after a part noun and a comma are parts; the
// actor after "the C character" before a verb is not.
func TestPartNounNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"characters and a pair", "Omar Feld and Tova Renn, whose characters Ivo Marsh and Ada Vantry were the heart of the show, return to Glasswork.",
			[]string{"Character:ivo marsh", "Character:ada vantry"}, []string{"Person:ada vantry"}},
		{"his character and a comma", "Omar Feld is back in Glasswork. His character, Skip Dunmore, has run the mill for thirty years.",
			[]string{"Character:skip dunmore"}, []string{"Person:skip dunmore"}},
		{"guard: the actor after character", "What interested me was the Ivo Marsh character Tom Reyes played in Glasswork.",
			nil, []string{"Character:tom reyes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
