package loaders

import (
	"strings"
	"testing"
)

// TestRankingHeadingShapes checks that a ranking's section heading carries
// its film over the later paragraphs of its section (a cast paragraph that
// names no film credits the heading's film, not the article's) when the
// heading's number stands behind Markdown bold markers ("**1." then
// "Skyline Run II (2015)**") or the heading is a long title closed by a
// year in brackets.
func TestRankingHeadingShapes(t *testing.T) {
	const intro = "Every 'Skyline Run' Movie, Ranked\n\nSkyline Run grossed $90 million in 2012, and two sequels followed. Here's how they stack up.\n\n"
	article := func(mark, top string) string {
		return intro +
			mark + "3. Skyline Run: Home (2019)" + mark + "\n\nThe third film was a tired retread. Dorian Fellowes directed it for the streamer.\n\n" +
			mark + "2. Skyline Run (2012)" + mark + "\n\nThe original is a darker film than its marketing suggested, about a courier who keeps running.\n\n" +
			mark + "1. " + top + mark + "\n\nThe sequel ditched the old crew and turned out to be the most joyful film of the bunch.\n\n" +
			"Marisol Adeyemi joins as Odile, a photographer the courier meets on the beach, and Tobin Greaves plays Ansel, a singer.\n"
	}
	for _, tc := range []struct {
		name, mark, top, film string
	}{
		{"bold number", "**", "Skyline Run II (2015)", "skyline run ii"},
		{"plain number", "", "Skyline Run II (2015)", "skyline run ii"},
		{"long title with year", "", "Skyline Run 2: The Last Harbour of the North (2015)", "skyline run 2: the last harbour of the north"},
		{"long bold title with year", "**", "Skyline Run 2: The Last Harbour of the North (2015)", "skyline run 2: the last harbour of the north"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(claimLines(localRun(article(tc.mark, tc.top), ""), " as ", ""), "\n")
			for _, w := range []string{"ACTED_IN marisol adeyemi -> " + tc.film + " as odile", "ACTED_IN tobin greaves -> " + tc.film + " as ansel"} {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in\n%s", w, got)
				}
			}
		})
	}
}
