package loaders

import "testing"

// TestEpisodeTitles checks typeEpisodeTitles: a name after an episode noun
// and "of", after a part noun and "on", or after "On" opening a sentence
// whose subject played or had a part, is a film (with the names listed
// after it); a place, a surname of the article's people after a list
// comma and the head of a title cut at a small word are left alone.
func TestEpisodeTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"episodes of a list",
			"News\n\nKit Moss directed episodes of Saltmoor and Greyfield before the film.",
			[]string{"saltmoor=Film", "greyfield=Film"}, nil},
		{"guest spots on",
			"News\n\nShe found work in guest spots on Tallow Shoals and Copper Road.",
			[]string{"tallow shoals=Film", "copper road=Film"}, nil},
		{"On opening the sentence",
			"News\n\nOn Glass Orchard, he played a retired judge for two seasons.",
			[]string{"glass orchard=Film"}, nil},
		{"a place after a part noun",
			"News\n\nShe landed a role on Broadway in 2004.",
			nil, []string{"broadway=Film"}},
		{"a surname after the list comma",
			"News\n\nDana Frell cast him in an episode of Saltmoor, and Frell found him a part again.",
			[]string{"saltmoor=Film"}, []string{"frell=Film"}},
		{"the head of a cut title",
			"News\n\nHe had a guest spot on The Warden of the Ember last year.",
			nil, []string{"warden=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
