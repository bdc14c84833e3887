package loaders

import "testing"

// TestKindTitleJoin checks that a singular kind noun in lower case before
// a capitalised run makes one title of it over a small word ("the family
// comedy Dancing with Embers"), and that a person, a company or a
// demonym after the small word, or no kind noun at all, leaves the run
// where it stops.
func TestKindTitleJoin(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"with after a comedy",
			"News\n\nParamount's family comedy Dancing with Embers came in third with $12.8 million.",
			[]string{"dancing with embers"}, []string{"dancing"}},
		{"for and a parenthesis after a series",
			"News\n\nHis last role was in the Norwegian Christmas series Home for Winter (Hjem til vinter), in which he played a grandfather.",
			[]string{"home for winter"}, []string{"home"}},
		{"of a after a drama",
			"News\n\nHe played a retired comic in the cable drama Women of a Certain Place, which he co-created.",
			[]string{"women of a certain place"}, []string{"women"}},
		{"and a one-word tail after a documentary",
			"News\n\nThe documentary Rowan and I follows designer Cal Mendez as he prepares a show.",
			[]string{"rowan and i"}, nil},
		{"a person after with stays apart",
			"News\n\nVasquez also appeared in the drama Tidewater with Corin Alvarez.",
			[]string{"tidewater", "corin alvarez"}, []string{"tidewater with corin alvarez"}},
		{"a platform after for stays apart",
			"News\n\nHarlan made the series Saltmarsh for Netflix.",
			[]string{"saltmarsh", "netflix"}, []string{"saltmarsh for netflix"}},
		{"an owner's possessive after and stays apart",
			"News\n\nThe thriller Northfall and Delmont's Quarry both opened.",
			[]string{"northfall"}, []string{"northfall and delmont"}},
		{"no kind noun, no join",
			"News\n\nShe starred in Dancing with Embers last year.",
			nil, []string{"dancing with embers"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
