package loaders

import "testing"

// TestFeatureNoun checks that "feature" after a possessive or a year is
// the production noun, so the title after it is no one cast in a film,
// while "will feature X" still reads X as cast.
func TestFeatureNoun(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after a possessive",
			"News\n\nShe recently wrapped Tobin Hale's feature Low Harbour.",
			[]string{"low harbour=Film"}, []string{"low harbour=Person"}},
		{"after a year",
			"News\n\nHer debut came in the 1994 feature Glass Tide.",
			[]string{"glass tide=Film"}, []string{"glass tide=Person"}},
		{"guard: the verb",
			"News\n\nThe sequel will feature Mara Voss as the captain.",
			[]string{"mara voss=Person"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
