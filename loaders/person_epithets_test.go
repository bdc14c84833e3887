package loaders

import "testing"

// TestGivenEpithetNames checks givenEpithetName: a given name and its
// epithet is no title by default (an actor of a cast list, a part of a
// copula); a verb or a preposition before "the" still makes a title.
func TestGivenEpithetNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"actor in a cast list", "The cast of Brackmoor Hollow also included Dana Quillby as the knight Tessaly Vane, Walter the Bold as Grubwick and Tom Fennick as Pell.",
			[]string{"Person:walter the bold"}, []string{"Film:walter the bold"}},
		{"part after a copula", "Dana Quillby plays the knight in Brackmoor Hollow, and Tom Fennick is Edwin the Tinker, the knight's squire.",
			nil, []string{"Film:edwin the tinker"}},
		{"guard: a verb before the", "Dana Quillby stars in Brackmoor Hollow and in Meet the Tinkers, which Tom Fennick directed.",
			[]string{"Film:meet the tinkers"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
