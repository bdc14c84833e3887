package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func TestSameNameSeries(t *testing.T) {
	const other = "Ivo Lark, Character Actor, Dies at 70\n\n" +
		"Ivo Lark began with a part in the 1998 feature Copper Lantern, as a lighthouse keeper. " +
		"Years later he led the HBO series Copper Lantern for two seasons, opposite Dana Fell as Sergeant Tilly Marsh.\n\n" +
		"He is survived by his wife.\n"
	const own = "How to Watch the Copper Lantern Films and Series in Order\n\n" +
		"Copper Lantern (2003)\n\n" +
		"Start with the 2003 film: Rona Pike plays Edie Vale, and Carl Brune directed it.\n\n" +
		"Copper Lantern, the series (2016–2017)\n\n" +
		"HBO turned the story into a six-part series in 2016, with Tove Lind as Mara Holt. " +
		"Bo Hannet plays Detective Sam Ruse. Carl Brune co-created the show with Petra Solm.\n"
	tests := []struct {
		name, text string
		split      bool              // a film "copper lantern (tv series)" is made
		credits    map[string]string // person key → film key of its credit
		rel        kg.RelType
	}{
		{"a series named in passing, next to a dated feature", other, true, map[string]string{"dana fell": "copper lantern (tv series)"}, kg.ActedIn},
		{"the article's film, and its series' heading and paragraph", own, true, map[string]string{
			"rona pike": "copper lantern", "tove lind": "copper lantern (tv series)", "bo hannet": "copper lantern (tv series)",
		}, kg.ActedIn},
		{"the show's creators", own, true, map[string]string{"petra solm": "copper lantern (tv series)"}, kg.Wrote},
		{"a bracketed year alone makes no film",
			"Where to Watch the Copper Lantern Story\n\n" +
				"Copper Lantern, an eight-episode drama from HBO, premiered in 2022. Tove Lind plays Mara Holt.\n\n" +
				"1. Copper Lantern (2022), if you want the story as drama\n", false, nil, kg.ActedIn},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSecondWork(t, tc.text, "Copper Lantern (TV series)", tc.split, tc.credits, tc.rel, false)
		})
	}
}
