package loaders

import "testing"

// TestSourceParticipleTitles checks typeReleaseCueTitles on an appositive
// opened by a source or release participle ("X, adapted from a novel",
// "X, based on", "X, released by Lantern"): the name before it is a
// production; a co-maker's name before "based on" is not.
func TestSourceParticipleTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"adapted from, opening The",
			"We spoke in May. The Tollgate, adapted from a short story and produced by Bo Reyes, will be out next year.",
			[]string{"Film:tollgate"}, nil},
		{"based on",
			"We spoke in May. Mighty Harbor, based on the long-running podcast, arrives next year.",
			[]string{"Film:mighty harbor"}, nil},
		{"released by a company",
			"We spoke in May. Gray Lantern, released by Lantern Pictures in 1994, was a hit.",
			[]string{"Film:gray lantern"}, nil},
		{"guard: a co-maker before based on",
			"Ashfall is a series I created with Moon Jae-ho, based on our comic.",
			nil, []string{"Film:moon jae-ho"}},
		{"guard: released from is no release",
			"Kit Moss plays an older Dell, released from prison.",
			nil, []string{"Film:dell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
