package loaders

import "testing"

// TestMonthOpensOfTheTitle checks that a month word before "of the" and a
// capitalised word opens a title, while a month before a year or a day
// stays a date.
func TestMonthOpensOfTheTitle(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"month word opening an of-the title",
			"News\n\nMarch of the Lemmings opened on four screens in June.",
			[]string{"march of the lemmings"}, []string{"lemmings"}},
		{"month before a year stays a date",
			"News\n\nIn March of 2020 the Brennick Prize went to Ada Pell.",
			[]string{"ada pell"}, []string{"march of 2020"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
