package loaders

import "testing"

// TestSubtitledMovieBases checks typeSubtitledBases: the show a subtitled
// title is based on ("Lanternfolk" of "Lanternfolk: Dark Tide", and of
// "Lanternfolk the Movie: Dark Tide") is typed a film where it is named
// alone, and a name that is no such base stays untyped.
func TestSubtitledMovieBases(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"base before a movie form",
			"News\n\nThe revival of \"Brindle and Quog\" premieres this week. \"Brindle and Quog the Movie: Dark Tide,\" which went straight to streaming in 2020, is back too.",
			[]string{"brindle and quog=Film"}, nil},
		{"base before a series form",
			"News\n\nFans of \"Brindle and Quog\" can rejoice. The spin-off \"Brindle and Quog the Series: Lamp Hours\" starts in May.",
			[]string{"brindle and quog=Film"}, nil},
		{"no subtitled title, no type",
			"News\n\nThe revival of \"Brindle and Quog\" premieres this week.",
			nil, []string{"brindle and quog=Film"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
