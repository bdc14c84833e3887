package loaders

import "testing"

// TestTypeProductionTitles checks typeProductionTitles: a production
// appositive with a capitalised describing word, "adapted ... X into a
// series" and "the set of X", "X in its third season" and an opening "X is heading back to theaters" (a
// gerund-led name too) type X a film; a personal name, a bare noun
// appositive and an adaptation into nothing that is a production do not.
func TestTypeProductionTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"saga appositive", "This is day 12 of The Harvest, the Roman revenge saga that the director has wanted to make for years. Tom Hartwell stars as Decimus.",
			[]string{"Film:harvest"}, nil},
		{"finale appositive", "Now Hartwell is back in Iron Kings Will Fall, a feature-length finale directed by Jo Bloggs.",
			[]string{"Film:iron kings will fall"}, nil},
		{"adapted into a series", "The novelist Jane Roe adapted her 2019 bestseller Iron Harvest into a six-episode series for Apple TV+. Tom Hartwell stars as Decimus.",
			[]string{"Film:iron harvest"}, nil},
		{"set of", "Tom Hartwell is on the set of Iron Harvest in Malta. He plays Decimus.",
			[]string{"Film:iron harvest"}, nil},
		{"back to theaters, gerund-led", "Chasing Captain Doyle is heading back to theaters. Tom Hartwell starred as Captain Doyle.",
			[]string{"Film:chasing captain doyle"}, nil},
		{"back to theaters, two-word name", "Sterling Moss is heading back to theaters.",
			nil, []string{"Film:sterling moss"}},
		{"in its final season, ellipsis", "Mara Tolvane joined Hulu's Once Upon Again... in its third and final season as Dr. Ada Stone.",
			[]string{"Film:once upon again"}, nil},
		{"in its season, given name", "Mara Tolvane joined Tom Hartwell in its third season.",
			nil, []string{"Film:tom hartwell"}},
		{"personal name before a job", "Mara Tolvane, the thriller writer, spoke to Tom Hartwell about Decimus.",
			nil, []string{"Film:mara tolvane"}},
		{"adapted into no production", "Jane Roe adapted her memoir Iron Harvest into a stage play for Tom Hartwell.",
			nil, []string{"Film:iron harvest"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
