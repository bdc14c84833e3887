package loaders

import "testing"

// TestSeasonLineTitle checks seasonLineTitle: the title of a season guide's
// line ("Season 2, Gorefest: Lantern Hollow (2017).") is a film, and a line
// without the part word, the year or the closing full stop builds none.
func TestSeasonLineTitle(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"season line with a subtitled title",
			"News\n\nGorefest is back. Season 2, Gorefest: Lantern Hollow (2017). Netflix took over as a partner.",
			[]string{"gorefest: lantern hollow=Film"}, nil},
		{"series line with a plain title",
			"News\n\nThe show ran for years. Series 3, Marrow Lane (2019). A new cast took over.",
			[]string{"marrow lane=Film"}, nil},
		{"no part word",
			"News\n\nThe show ran for years. Director, Marrow Lane Studios (2019). A new cast took over.",
			nil, []string{"marrow lane studios=Film"}},
		{"no year in the bracket",
			"News\n\nThe show ran for years. Season 3, Marrow Lane (Netflix). A new cast took over.",
			nil, []string{"marrow lane=Film"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
