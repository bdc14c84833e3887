package loaders

import "testing"

// TestWorkKindTitles checks typeWorkKindTitles: a name right after "his
// short", "a hit", "the animated" is a film; "in short" and a verb "hit"
// before a name, and a person's surname after "hit", are left alone.
func TestWorkKindTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"his short",
			"News\n\nHe won a prize in 2004 for his short Tin Halo, then spent eight years on the feature.",
			[]string{"tin halo=Film"}, nil},
		{"a possessive hit",
			"News\n\nShe was the star of Dara Pell's hit Copper Tide before the move to Rome.",
			[]string{"copper tide=Film"}, nil},
		{"the animated",
			"News\n\nThe network also ordered the animated Salt Road, alongside two comedies.",
			[]string{"salt road=Film"}, nil},
		{"in short",
			"News\n\nIn short Marlow Vane had nothing to add.",
			nil, []string{"marlow vane=Film"}},
		{"a verb hit",
			"News\n\nThe storm hit Greyhaven on the first day of the shoot.",
			nil, []string{"greyhaven=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
