package loaders

import "testing"

// TestCapitalTheTitles checks typeCapitalTheTitles: a name written with a
// capitalised "The" inside a sentence that no other cue types is a film;
// a subtitle after a colon, a name the title goes on after, a person's
// company ("P of The X") and the subtitle of a longer film title are left
// alone.
func TestCapitalTheTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"credit after known for",
			"News\n\nKit Moss, known for The Beaconry Keeper, joins the cast.",
			[]string{"beaconry keeper=Film"}, nil},
		{"one word after and",
			"News\n\nDana Frell wrote Harbor Nights and The Tollgate before turning to features.",
			[]string{"tollgate=Film"}, nil},
		{"subtitle after a colon",
			"News\n\nThe studio dated Moss Valley: The Long Ward for June.",
			nil, []string{"long ward=Film"}},
		{"title goes on after for",
			"News\n\nKit Moss still remembers The Hunt for Pale Harbor fondly.",
			nil, []string{"hunt=Film"}},
		{"a person's company",
			"News\n\nDana Frell of The Ember Works called the script a gift.",
			nil, []string{"ember works=Film"}},
		{"subtitle of a longer film title",
			"News\n\nThen came the anime series Moss Valley: The Gray, and Kit Moss liked it. The new film will ignore The Gray entirely.",
			nil, []string{"gray=Film"}},
		{"a list is no production",
			"News\n\nThe script by Kit Moss ranked on The Gray List that year.",
			nil, []string{"gray list=Film"}},
		{"a novel after the name",
			"News\n\nKit Moss loved The Long Ward, a novel about a lighthouse.",
			nil, []string{"long ward=Film"}},
		{"a capitalised word before The",
			"News\n\nThe drama updates the classic Thriller The Long Ward for a new audience.",
			nil, []string{"long ward=Film"}},
		{"a novel before the name and a comma",
			"News\n\nKit Moss loved her first novel, The Gray Orchard, as a child.",
			nil, []string{"gray orchard=Film"}},
		{"a performer after stars",
			"News\n\nThe concert film stars The Night Owls, a band from Leeds.",
			nil, []string{"night owls=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
