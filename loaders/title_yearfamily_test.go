package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// yearFamilyFacts runs the local extraction on text.
func yearFamilyFacts(text string) *localResult {
	return localRun(text, "2025-03-01")
}

func TestYearFamilyNames(t *testing.T) {
	const ranking = "Every Glass Orchard Film, Ranked\n\nFour screen versions, one question.\n\n" +
		"3. Glass Orchard (1962)\n\nIvo Lark directed this stagey version, with Carl Brune as Tomas Vane. Vantor Pictures released it.\n\n" +
		"2. Glass Orchard (1994)\n\nRafe Odun directed it in a city. Dora Pell plays Tess Vane, and Mara Quillon is the landlady.\n\n" +
		"1. Glass Orchard (2011)\n\nPetra Solm directed it in Wales. Bo Hannet plays Tomas Vane.\n"
	const body = "Glass Orchard Remake Opens the Festival\n\n" +
		"Tamsin Reel's new film opens the festival on Friday. " +
		"Reel said she had rewatched Glass Orchard (1962), directed by Ivo Lark. " +
		"She had avoided the 1994 Glass Orchard, directed by Rafe Odun, and the 2011 Glass Orchard, directed by Petra Solm.\n"
	tests := []struct {
		name, text string
		rel        kg.RelType
		credits    map[string]string // person key → film key of the first credit
		none       []string          // film keys that must not be made
	}{
		{"dated names in the body are films of their own", body, kg.Directed,
			map[string]string{"ivo lark": "glass orchard (1962 film)", "rafe odun": "glass orchard (1994 film)", "petra solm": "glass orchard (2011 film)"}, nil},
		{"an original and its remake in the body: the original keeps the title",
			"Glass Orchard Remake Opens the Festival\n\nTamsin Reel's new film opens the festival on Friday. " +
				"She had rewatched Glass Orchard (1962), directed by Ivo Lark, and the 1994 Glass Orchard, directed by Rafe Odun.\n",
			kg.Directed, map[string]string{"ivo lark": "glass orchard", "rafe odun": "glass orchard (1994 film)"}, []string{"glass orchard (1962 film)"}},
		{"a title dated once keeps its name",
			"Glass Orchard Returns\n\nIvo Lark's Glass Orchard (1962) returns to cinemas in May, and Glass Orchard still draws crowds.\n",
			kg.Directed, map[string]string{"ivo lark": "glass orchard"}, []string{"glass orchard (1962 film)"}},
		{"one year written twice is one title",
			"Glass Orchard Returns\n\nIvo Lark's Glass Orchard (1962) returns to cinemas in May. The 1962 Glass Orchard still draws crowds.\n",
			kg.Directed, map[string]string{"ivo lark": "glass orchard"}, []string{"glass orchard (1962 film)"}},
		{"a ranking's sections credit their own version", ranking, kg.Directed,
			map[string]string{"rafe odun": "glass orchard (1994 film)", "petra solm": "glass orchard (2011 film)", "ivo lark": "glass orchard (1962 film)"}, nil},
		{"a ranking's cast goes to its section's version", ranking, kg.ActedIn,
			map[string]string{"dora pell": "glass orchard (1994 film)", "bo hannet": "glass orchard (2011 film)", "carl brune": "glass orchard (1962 film)"}, nil},
		{"an original and its remake ranked: the original keeps the title",
			"Both Glass Orchard Films, Ranked\n\n2. Glass Orchard (2011)\n\nPetra Solm directed it in Wales.\n\n" +
				"1. Glass Orchard (1962)\n\nIvo Lark directed the original.\n",
			kg.Directed, map[string]string{"petra solm": "glass orchard (2011 film)"}, []string{"glass orchard (1962 film)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := yearFamilyFacts(tc.text)
			for p, f := range tc.credits {
				got := sameNameCredits(r, tc.rel, p)
				if len(got) == 0 || got[0] != f {
					t.Errorf("%s %s: got %v, want [%s]", p, tc.rel, got, f)
				}
			}
			for _, e := range r.ents {
				for _, k := range tc.none {
					if e.typ == kg.Film && e.key == k {
						t.Errorf("film %q made", k)
					}
				}
			}
		})
	}
}
