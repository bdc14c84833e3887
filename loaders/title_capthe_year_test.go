package loaders

import "testing"

// TestCapitalTheTitlesYearPersonBook checks three cases of
// typeCapitalTheTitles: a year after "in" carries no title on ("The Long
// Ward in 1994"), a pattern's person typing of a name written with a
// capitalised "The" gives way ("directed by P, and The X"), and a kind of
// work opening "The X of Y" names the work itself ("The Book of Moss").
func TestCapitalTheTitlesYearPersonBook(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a year after in",
			"News\n\nKit Moss followed it with The Tollgate Run in 1994 and retired.",
			[]string{"tollgate run=Film"}, nil},
		{"a title going on after in is still left alone",
			"News\n\nKit Moss still remembers The Night in Pale Harbor fondly.",
			nil, []string{"night=Film"}},
		{"a person typing after a director list gives way",
			"News\n\nNext came Harbor Nights, directed by Dana Frell and Bo Reyes, and The Tollgate, from Kit Moss.",
			[]string{"tollgate=Film"}, []string{"tollgate=Person"}},
		{"a kind of work opening the title",
			"News\n\nThe studio also had the other new release, The Book of Moss, which opened third.",
			[]string{"book of moss=Film"}, nil},
		{"a kind of work closing the title is still no film",
			"News\n\nKit Moss loved The Gray Orchard Book as a child.",
			nil, []string{"gray orchard book=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
