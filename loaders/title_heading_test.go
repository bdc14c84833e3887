package loaders

import "testing"

// TestYearHeadingTitles checks that a ranking heading "N. Title (Year)" is
// read whole as a title even when it is long, and that a long heading
// whose bracket holds no year is not.
func TestYearHeadingTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"long numbered title and a year",
			"Every Harbor Fog film, ranked\n\nHere they are.\n\n4. Harbor Fog 3: The Beaconry Keeper's Revenge (1991)\n\nKit Moss directed this one.",
			[]string{"harbor fog 3: the beaconry keeper's revenge"}, []string{"harbor fog 3"}},
		{"a span of years",
			"Every Harbor Fog show, ranked\n\nHere they are.\n\n2. Harbor Fog: The Lighthouse Years and the Storm After (2004–2009)\n\nKit Moss wrote it.",
			[]string{"harbor fog: the lighthouse years and the storm after"}, nil},
		{"long heading with a note in brackets",
			"Harbor Fog news\n\nHere it is.\n\nEverything We Learned About Harbor Fog at the Big Studio Panel (Updated)\n\nKit Moss spoke.",
			nil, []string{"everything we learned about harbor fog at the big studio panel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestSubtitleSmallWords checks that a subtitle after a colon keeps a small
// word with "the" inside ("Crab on the Run") and may open with a common
// word before "of the" ("Day of the Bandito").
func TestSubtitleSmallWords(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"small word and the inside a subtitle",
			"News\n\nThe studio made 2019's The Harbor Movie: Lantern on the Loose, and two spin-offs.",
			[]string{"harbor movie: lantern on the loose"}, []string{"loose"}},
		{"common word before of the after a colon",
			"News\n\nHe came back in Harbor: Night of the Lanterns, the 2018 sequel.",
			[]string{"harbor: night of the lanterns"}, []string{"lanterns"}},
		{"a weekday after on the stays out",
			"News\n\nHarbor: Lantern on the Monday shift was a rumour.",
			nil, []string{"harbor: lantern on the monday"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestListingHeadings checks the headings of a streaming listing: a title
// in capitals with its year, a dash and the service; a title in capitals
// with a lower-case note in brackets; a season heading read as its series;
// and a heading of two dated titles keeping the first.
func TestListingHeadings(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"capitals, year, dash and service",
			"New this week\n\nHere they are.\n\nTHE SILVER HARBOR (2007) — Streamly, from Tuesday\n\nKit Moss plays the captain.",
			[]string{"the silver harbor", "streamly"}, nil},
		{"capitals with a lower-case note",
			"New this week\n\nHere they are.\n\nLANTERN NIGHTS (all three seasons) — Streamly, from Monday\n\nKit Moss plays the captain.",
			[]string{"lantern nights", "streamly"}, nil},
		{"a season heading names its series",
			"New this week\n\nHere they are.\n\nIRON ROAD, SEASON 2 (Streamly, Jan. 8)\n\nKit Moss is back.",
			[]string{"iron road"}, []string{"iron road, season 2"}},
		{"two dated titles keep the first",
			"Every film in order\n\nHere they are.\n\nHarbor III (2006) and Harbor IV (2007)\n\nKit Moss directed both.",
			[]string{"harbor iii"}, nil},
		{"a sentence in capitals with no bracket is no heading",
			"News\n\nHere it is.\n\nWE LOVED IT, said Kit Moss of the film.",
			nil, []string{"we loved it"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestRemakeHeadings checks that of two ranking headings spelt alike and
// dated differently the later is named with its year ("X (2012 film)",
// title_yearfamily.go), and that one dated
// heading keeps its plain name.
func TestRemakeHeadings(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"remake and original",
			"Every Harbor Fog film, ranked\n\nHere they are.\n\n2. Harbor Fog (2012)\n\nThe remake was dull.\n\n1. Harbor Fog (1981)\n\nKit Moss directed the original.",
			[]string{"harbor fog (2012 film)", "harbor fog"}, []string{"harbor fog (1981 film)", "harbor fog (1981)"}},
		{"one dated heading",
			"Every Harbor Fog film, ranked\n\nHere they are.\n\n1. Harbor Fog (1981)\n\nKit Moss directed it.",
			[]string{"harbor fog"}, []string{"harbor fog (1981)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
