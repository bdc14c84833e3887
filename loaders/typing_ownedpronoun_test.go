package loaders

import "testing"

// TestOwnedFilmPronoun checks that "In P's F he played C" and "won for
// P's F." type F a film (typeOwnedFilms: a personal pronoun after the
// owned film that opens the sentence; "for" before the owner), and that
// a name the sentence goes on after with another word, or a part led by
// a given name, is no film.
func TestOwnedFilmPronoun(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"pronoun after the owned film",
			"News\n\nIn Dana Frell's Salt Hollow he played a getaway driver.",
			[]string{"salt hollow=Film"}, nil},
		{"a word that is no ending",
			"News\n\nIn Dana Frell's Salt Hollow estate the guests gathered.",
			nil, []string{"salt hollow=Film"}},
		{"for and an owned film",
			"News\n\nIn 2002 Mara Vell crossed the sea for Dana Frell's Salt Hollow, playing a bailiff.",
			[]string{"salt hollow=Film"}, nil},
		{"for and a part led by a given name",
			"News\n\nKit Moss was praised for Dana Frell's Peter Brackenridge.",
			nil, []string{"peter brackenridge=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
