package loaders

import "testing"

// TestQuoteOnlySpeech checks quoteOnlySpeech: a headline quote after a
// colon that the body repeats only as a speaker's quotation is no film, so
// the body's production is the article's; a quoted headline title the body
// names in running text stays a film.
func TestQuoteOnlySpeech(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"speech", "Mara Tolvane on Leaving Ironwood: \"Fate Is All\"\n\nMara Tolvane is back in Iron Kings Will Fall, a feature-length finale directed by Jo Bloggs.\n\nTolvane: \"Fate is all.\"",
			[]string{"Film:iron kings will fall"}, []string{"Film:fate is all"}},
		{"title", "First Look: \"Harbor Nights\"\n\nThe first images of Harbor Nights show Mara Tolvane as Ada.\n\nHarbor Nights premieres in May.",
			[]string{"Film:harbor nights"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
