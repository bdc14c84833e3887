package loaders

import (
	"testing"
)

// TestJoinRepeatedTitles checks that a title with a small word inside,
// written twice, is read whole, and that a route, a list and a name met
// once are not joined.
func TestJoinRepeatedTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title written twice",
			"News\n\nA decade after Ferry to Halden opened, the director looks back. Ferry to Halden was his first feature.",
			[]string{"ferry to halden"}, []string{"ferry", "halden"}},
		{"title met once stays two names",
			"News\n\nKit Moss flew Boston to Denver last week.",
			[]string{"boston", "denver"}, []string{"boston to denver"}},
		{"a part in a year-dated film stays apart",
			"News\n\nAs the mortician Walter Graves in Dead Hollow (2001), Kit Moss stole the film.",
			[]string{"walter graves", "dead hollow"}, []string{"walter graves in dead hollow"}},
		{"a year joins a title cut at a small word",
			"News\n\nShe starred in War for the Harbor (2017) opposite Bo Reyes.",
			[]string{"war for the harbor"}, nil},
		{"route is no title",
			"News\n\nThe train runs from Oslo to Bergen daily. The trip from Oslo to Bergen takes hours.",
			nil, []string{"oslo to bergen"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestRepeatedLabel checks that an interviewee's name used as a speaker
// label in a Q-and-A is no part of the name after it, and that a title
// with a subtitle opening two paragraphs keeps its colon.
func TestRepeatedLabel(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"speaker label in a Q and A",
			"News\n\nQ: Who did you cast first?\n\nMoss: Ada Quist plays the mother.\n\nQ: And then?\n\nMoss: Bo Reyes came next.",
			[]string{"ada quist", "bo reyes"}, []string{"moss: ada quist"}},
		{"title and subtitle opening paragraphs",
			"Lantern: A Harbor Story is a spin-off.\n\nLantern: A Harbor Story is a delight.",
			[]string{"lantern: a harbor story"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// mentionKeys runs the article pipeline on text and returns the key of
// every mention it keeps, in text order.
func mentionKeys(text string) []string {
	a := testArticle(text, "")
	a.run()
	var keys []string
	for _, m := range a.ments {
		keys = append(keys, m.key)
	}
	return keys
}

// TestJoinCommaTitles checks joinCommaTitles: a title with a comma inside
// written twice is one name; a list, a place and a title met once are not
// joined.
func TestJoinCommaTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"comma title written twice",
			"News\n\nShe now leads the spin-off, Hello, Marlow, whose second season lands soon. Ada Pell created Hello, Marlow in 2023.",
			[]string{"hello, marlow"}, []string{"hello", "marlow"}},
		{"met once stays two names",
			"News\n\nShe now leads the spin-off, Hello, Marlow, whose second season lands soon.",
			nil, []string{"hello, marlow"}},
		{"a list goes on",
			"News\n\nThey shot in Brickfield, Quarrytown and Millbrook. Brickfield, Quarrytown and Millbrook loved it.",
			nil, []string{"brickfield, quarrytown"}},
		{"a place",
			"News\n\nBorn in Dayton, Ohio, she moved west. Dayton, Ohio never forgot her.",
			nil, []string{"dayton, ohio"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestJoinYearTitlesPart checks that a part named after "as", "named" or
// "played" stays apart from the dated film after "in" ("a fence named Leo
// in Thief (1981)"), while a dated title cut at a small word is joined.
func TestJoinYearTitlesPart(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"named part", "News\n\nThe director cast him as a fence named Rook in Glassjaw (1981), opposite Ada Pell.",
			[]string{"rook", "glassjaw"}, []string{"rook in glassjaw"}},
		{"as part", "News\n\nShe broke through as Mara in Dust Creek (2001).",
			[]string{"mara", "dust creek"}, []string{"mara in dust creek"}},
		{"title cut at a small word", "News\n\nShe starred in War for the Harbor (2017) opposite Bo Reyes.",
			[]string{"war for the harbor"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
