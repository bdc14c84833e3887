package loaders

import "testing"

// TestDescribedTitles checks typeDescribedTitles: a name before an
// appositive whose describing words hold a year, a company or a genre
// before the production noun, or before "which" and a maker's verb or a
// production's own verb, is a film; a part, a channel, a maker before
// "which starred" and the tail of a cut title are left alone.
func TestDescribedTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"appositive with a year and a company",
			"News\n\nPerrin Vasquez first wore the suit in Glass Orchard, the 1998 Lantern Pictures release directed by Ada Quist.",
			[]string{"glass orchard=Film"}, nil},
		{"appositive with a genre before the noun",
			"News\n\nStreamline has canceled Velvet Hollow, the horror anthology from creator Dara Pell.",
			[]string{"velvet hollow=Film"}, nil},
		{"appositive with an owner",
			"News\n\nHe became a fixture of Kestrel Bay, the broadcaster's coastal detective drama, in the eighties.",
			[]string{"kestrel bay=Film"}, nil},
		{"appositive naming a part",
			"News\n\nMara Lind reprises Dessa Crane, the character she first played in the Streamline series.",
			nil, []string{"dessa crane=Film"}},
		{"appositive naming a studio behind a series",
			"News\n\nOrrin Vale, the studio behind Lantern Pictures' first series, is animating the sequel.",
			nil, []string{"orrin vale=Film"}},
		{"which a maker co-directed",
			"News\n\nShe reunited with Quist on Paper Lanterns, which he co-directed with Tomas Reyl in 2005.",
			[]string{"paper lanterns=Film"}, nil},
		{"which a named maker wrote",
			"News\n\nThe pair met on Iron Meadow, which Quist wrote and directed last year.",
			[]string{"iron meadow=Film"}, nil},
		{"which premiered",
			"News\n\nHer breakthrough came with Lantern Row, which premiered at Sundance in 2019.",
			[]string{"lantern row=Film"}, nil},
		{"which premiered the series",
			"News\n\nThe rights went to Corvex Media, which premiered it in March.",
			nil, []string{"corvex media=Film"}},
		{"a maker before which starred",
			"News\n\nIt is not a continuation of the 2006 feature directed by Stefen Halvord, which starred Ed Marrow.",
			nil, []string{"stefen halvord=Film"}},
		{"the tail of a cut title",
			"News\n\nOn Harvey Quill, Attorney at Law, which starred Gary Dunne, he played a string of judges.",
			nil, []string{"law=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestBoldRankingHeadings checks boldEnd in headTitles: a ranking's heading
// line in bold ("**4. Title (2006)**") is a film title, as without the
// emphasis.
func TestBoldRankingHeadings(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"bold heading with a subtitle",
			"Every Harbor Nights Film, Ranked\n\nWe ranked them all.\n\n**3. Harbor Nights: Low Tide (2014)**\n\nThe third one sags.",
			[]string{"harbor nights: low tide=Film"}, nil},
		{"bold heading with a number",
			"Every Harbor Nights Film, Ranked\n\nWe ranked them all.\n\n**2. Harbor Nights 2040 (2017)**\n\nThe future looks grim.",
			[]string{"harbor nights 2040=Film"}, nil},
		{"plain heading",
			"Every Harbor Nights Film, Ranked\n\nWe ranked them all.\n\n1. Harbor Nights: Undertow (2009)\n\nThe best of them.",
			[]string{"harbor nights: undertow=Film"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
