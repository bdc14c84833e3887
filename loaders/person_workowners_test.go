package loaders

import "testing"

// TestWorkOwners checks typeWorkOwners: a two- or three-word name the
// gazetteer does not know that owns a work with a possessive (a genre or
// written-work noun after at most two lower-case words, or a film's title)
// is a person; a name owning a describing phrase and a name is not.
func TestWorkOwners(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"genre noun", "Orvandel Kreutz's horror-comedy, with a new cast, is in its sixth weekend.",
			[]string{"Person:orvandel kreutz"}, nil},
		{"written work", "The series is adapted from Quilvane Marsk's bestselling manga, and the finale airs Sunday.",
			[]string{"Person:quilvane marsk"}, nil},
		{"guard: a describing phrase and a name", "Velkaran, who played Ozrith Pellow's volatile son Tomo Brisk in the first two seasons, does not return.",
			nil, []string{"Person:ozrith pellow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
