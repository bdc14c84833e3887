package loaders

import "testing"

// TestOwnerPersonsTitleFollows checks ownsWork on the title after an
// owner's possessive: a title opening with "The" (its mention starts after
// the article) or one not typed yet still makes the owner a person; a
// part typed a character after the possessive leaves the owner's type.
func TestOwnerPersonsTitleFollows(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title with The", "Dana Wexmoor most recently starred in Peter Pallow's The Brine Orchard for a streamer.",
			[]string{"Person:peter pallow"}, []string{"Film:peter pallow"}},
		{"title not typed yet", "His first break was a small role in Martin Ysselkamp's Quarry Bells, and he worked steadily after.",
			[]string{"Person:martin ysselkamp"}, []string{"Film:martin ysselkamp"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
