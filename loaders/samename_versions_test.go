package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func TestSameNameVersions(t *testing.T) {
	const obit = "Dora Pell, Star of 'Glass Orchard,' Dies at 90\n\n" +
		"Dora Pell, who played the eldest daughter in Glass Orchard (1950), died on Friday. She was 90.\n\n" +
		"Ivo Lark directed Glass Orchard (1950), with Carl Brune as Tomas Vane and Dora Pell as Tess Vane.\n\n" +
		"When Vantor Television turned Glass Orchard into a sitcom in 1961, with Bo Hannet as Tomas Vane, producers brought Ms. Pell back. " +
		"The series ran for one season.\n\n" +
		"She had a cameo in the 1991 remake of Glass Orchard, directed by Rafe Odun, in which Mara Quillon played Tess Vane. " +
		"She was not in the 2022 streaming version starring Petra Solm.\n"
	tests := []struct {
		name, text, form string
		split            bool
		credits          map[string]string
		rel              kg.RelType
	}{
		{"the remake's director goes to the remake", obit, "Glass Orchard (1991 film)", true,
			map[string]string{"rafe odun": "glass orchard (1991 film)", "ivo lark": "glass orchard"}, kg.Directed},
		{"the remake's cast goes to the remake", obit, "Glass Orchard (1991 film)", true,
			map[string]string{"mara quillon": "glass orchard (1991 film)", "carl brune": "glass orchard"}, kg.ActedIn},
		{"a film turned into a sitcom", obit, "Glass Orchard (1961 series)", true,
			map[string]string{"bo hannet": "glass orchard (1961 series)"}, kg.ActedIn},
		{"a version with no name, the article's film dated", obit, "Glass Orchard (2022 film)", true,
			map[string]string{"petra solm": "glass orchard (2022 film)"}, kg.ActedIn},
		{"a version with no name, the article's film undated",
			"Glass Orchard Returns to Cinemas\n\nGlass Orchard, directed by Ivo Lark, returns to cinemas in May. " +
				"Fans may also know the 2019 streaming version starring Petra Solm.\n", "Glass Orchard (2019 film)", false, nil, kg.ActedIn},
		{"a remake of a title named once is that title",
			"Glass Orchard Returns to Cinemas\n\nGlass Orchard, directed by Ivo Lark, returns to cinemas in May. " +
				"Lark also co-wrote the 2004 remake of Winter Harbour with Rafe Odun.\n", "Winter Harbour (2004 film)", false, nil, kg.ActedIn},
		{"a remake with no name is no version of the article's film",
			"Glass Orchard (1950) Returns to Cinemas\n\nGlass Orchard (1950), directed by Ivo Lark, returns to cinemas in May. " +
				"Rafe Odun, who directed the 2016 remake starring Petra Solm, will introduce it.\n", "Glass Orchard (2016 film)", false, nil, kg.ActedIn},
		{"a film turned into a series, undated, and a player of the film",
			"Glass Orchard at Seventy\n\nGlass Orchard, directed by Ivo Lark, opened seventy years ago. " +
				"Vantor Television turned it into a series in 1961, with Bo Hannet as Tomas Vane, and Carl Brune, who had played Ivo Lark in the film, returned too.\n",
			"Glass Orchard (1961 series)", true, map[string]string{"bo hannet": "glass orchard (1961 series)", "carl brune": "glass orchard"}, kg.ActedIn},
		{"the remake's year named twice is one version",
			"Glass Orchard (1950) at Seventy\n\nGlass Orchard (1950), directed by Ivo Lark, opened seventy years ago. " +
				"The 1991 remake of Glass Orchard was directed by Rafe Odun. Dora Pell had a cameo in the 1991 remake of Glass Orchard, in which Mara Quillon played Tess Vane.\n",
			"Glass Orchard (1991 film)", true, map[string]string{"mara quillon": "glass orchard (1991 film)"}, kg.ActedIn},
		{"a series turned into a series is no second work",
			"Glass Orchard at Seventy\n\nThe series Glass Orchard, created by Ivo Lark, began seventy years ago. " +
				"Vantor Television turned it into a series in 1961, with Bo Hannet as Tomas Vane.\n",
			"Glass Orchard (1961 series)", false, nil, kg.ActedIn},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSecondWork(t, tc.text, tc.form, tc.split, tc.credits, tc.rel, false)
		})
	}
}

func TestSameNameRemade(t *testing.T) {
	const remake = "Box Office: 'Glass Orchard' Opens at No. 1\n\n" +
		"Orbis Pictures' Glass Orchard, a remake of Ivo Lark's 1963 comedy, opened at No. 1 with $25 million. " +
		"Mara Quillon plays Tess Vane, and Rafe Odun directed.\n\n" +
		"The original Glass Orchard was released by Halcyon Pictures in 1963. " +
		"Lark directed it, starring opposite Dora Pell as Ida Morrow. " +
		"The new version keeps the premise but little else.\n"
	tests := []struct {
		name, text string
		split      bool
		credits    map[string]string
		rel        kg.RelType
	}{
		{"the original's cast goes to it", remake, true, map[string]string{
			"dora pell": "glass orchard (1963 film)", "mara quillon": "glass orchard"}, kg.ActedIn},
		{"the remake keeps its director", remake, true, map[string]string{"rafe odun": "glass orchard"}, kg.Directed},
		{"nothing said of the earlier film but its year",
			"Box Office: 'Glass Orchard' Opens at No. 1\n\n" +
				"Orbis Pictures' Glass Orchard, a remake of Ivo Lark's 1963 comedy, opened at No. 1 with $25 million. " +
				"Mara Quillon plays Tess Vane.\n", false, nil, kg.ActedIn},
		{"the article's own film dated so",
			"Glass Orchard at 60\n\nIvo Lark's 1963 comedy Glass Orchard, a reworking of the stage farce, returns. " +
				"The 1963 film starred Dora Pell as Ida Morrow.\n", false, nil, kg.ActedIn},
		{"an earlier film with a title of its own",
			"Box Office: 'Glass Orchard' Opens at No. 1\n\n" +
				"Glass Orchard reimagines Ivo Lark's 1963 comedy, Winter Harbour, and opened at No. 1. " +
				"The original starred Dora Pell as Ida Morrow.\n", false, nil, kg.ActedIn},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSecondWork(t, tc.text, "Glass Orchard (1963 film)", tc.split, tc.credits, tc.rel, false)
		})
	}
}
