package loaders

import "testing"

// TestOwnedFilmPronoun checks that "In P's F he played C" types F a film
// (typeOwnedFilms: a personal pronoun after the owned film that opens the
// sentence), and that a name the sentence goes on after with another
// word stays untyped.
func TestOwnedFilmPronoun(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"pronoun after the owned film",
			"News\n\nIn Dana Holt's Salt Hollow he played a getaway driver.",
			[]string{"salt hollow=Film"}, nil},
		{"a word that is no ending",
			"News\n\nIn Dana Holt's Salt Hollow estate the guests gathered.",
			nil, []string{"salt hollow=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
