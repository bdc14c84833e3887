package loaders

import "testing"

// TestOtherSelfParts checks otherSelfParts on invented sentences: a second
// part described as the first part's other self ("and also his descendant,
// D", "and her alter ego, D") is the same actor's; a kin noun of real life
// or a clause of D's own is not.
func TestOtherSelfParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"his descendant", "Harrow Vale (2021) is a comedy film. Claude Vernay plays Jacquou and also his descendant, Jean-Marc Jaquet, the snobbish owner of the castle.",
			[]string{"Character:jean-marc jaquet", "ACTED_IN claude vernay -> harrow vale (jean-marc jaquet)"}, nil},
		{"her outie", "Harrow Vale (2021) is a drama film. It stars Britt Lowry as Holly R. and her outie, Helena Egge, heiress to the family; Zach Cherrin as Dylan G.",
			[]string{"ACTED_IN britt lowry -> harrow vale (helena egge)"}, []string{"ACTED_IN zach cherrin -> harrow vale (helena egge)"}},
		{"guard: a wife is another being", "Harrow Vale (2021) is a drama film. Tom Hanley plays Sam and his wife, Annie, in the film.",
			nil, []string{"ACTED_IN tom hanley -> harrow vale (annie)"}},
		{"guard: the second part's own clause", "Harrow Vale (2021) is a drama film. Tom Hanley plays Sam and his younger brother, Jed, is played by Ray Doyle.",
			nil, []string{"ACTED_IN tom hanley -> harrow vale (jed)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
