package loaders

import (
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// credits returns, for the local result r, the key of the film each
// claim of relation rel from the entity keyed subj goes to.
func sameNameCredits(r *localResult, rel kg.RelType, subj string) []string {
	var out []string
	for _, c := range r.claims {
		if c.rel == rel && c.subj >= 0 && c.obj >= 0 && r.ents[c.subj].key == subj {
			out = append(out, r.ents[c.obj].key)
		}
	}
	return out
}

func TestSameNameWorks(t *testing.T) {
	const remake = "Glass Orchard Series Casts Its Lead\n\n" +
		"Hulu's Glass Orchard, an eight-episode limited series reimagining of the 1994 psychological thriller, has cast Mara Quillon as Tess Vane. " +
		"Bo Hannet will play Ivo Lark.\n\n" +
		"In the original film, Dora Pell played Tess and Carl Brune played Ivo. " +
		"The series is produced by Tamsin Reel.\n\n" +
		"The 1994 movie, written by Rafe Odun, grossed $30 million. " +
		"Petra Solm played the landlady, who was dropped from the new series.\n\n" +
		"The series premieres in May on Hulu.\n"
	tests := []struct {
		name, text string
		split      bool              // a film "glass orchard (1994 film)" is made
		credits    map[string]string // person key → film key of its credit
		rel        kg.RelType
	}{
		{"the earlier film's cast and writer go to it", remake, true, map[string]string{
			"dora pell": "glass orchard (1994 film)", "carl brune": "glass orchard (1994 film)",
			"petra solm": "glass orchard (1994 film)", "mara quillon": "glass orchard", "bo hannet": "glass orchard",
		}, kg.ActedIn},
		{"the writer of the year's paragraph", remake, true, map[string]string{"rafe odun": "glass orchard (1994 film)"}, kg.Wrote},
		{"the cast of a clause on the earlier film",
			"Glass Orchard Series Casts Its Lead\n\nGlass Orchard, a six-episode limited series created by Tamsin Reel, reimagines Ivo Lark's 1994 film of the same name, in which Dora Pell played the twins. " +
				"Mara Quillon stars as Tess Vane in the series.\n", true, map[string]string{"dora pell": "glass orchard (1994 film)"}, kg.ActedIn},
		{"a denied remake is no second work",
			"Glass Orchard Series Casts Its Lead\n\nThe limited series Glass Orchard is not a remake of the 1994 film, its creator says. " +
				"Mara Quillon stars as Tess Vane. The series premieres in May.\n", false, nil, kg.ActedIn},
		{"an earlier film with no sign of the same title",
			"Glass Orchard Series Casts Its Lead\n\nThe limited series Glass Orchard has cast Mara Quillon, who starred in the 1994 film. " +
				"The series premieres in May.\n", false, nil, kg.ActedIn},
		{"a subtitled series continues a film of another title",
			"Glass Orchard: Roots Casts Its Lead\n\nThe limited series Glass Orchard: Roots, a reimagining of the 1994 film, has cast Mara Quillon. " +
				"The series premieres in May.\n", false, nil, kg.ActedIn},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSecondWork(t, tc.text, "Glass Orchard (1994 film)", tc.split, tc.credits, tc.rel, true)
		})
	}
}

// checkSecondWork runs text through the pipeline and checks that a second
// Film named form (its key the folded form) was made or not, as split
// says, and that each person's rel credits go to the film the credits map
// names: first among them, or the only one when only is set.
func checkSecondWork(t *testing.T, text, form string, split bool, credits map[string]string, rel kg.RelType, only bool) {
	t.Helper()
	r := localRun(text, "2025-03-01")
	found := false
	for _, e := range r.ents {
		if e.typ == kg.Film && e.key == strings.ToLower(form) {
			found = true
			if len(e.forms) != 1 || e.forms[0].form != form {
				t.Errorf("forms %v, want the one disambiguated name", e.forms)
			}
		}
	}
	if found != split {
		t.Fatalf("second work made: %v, want %v", found, split)
	}
	for p, f := range credits {
		got := sameNameCredits(r, rel, p)
		if len(got) == 0 || got[0] != f || only && len(got) != 1 {
			t.Errorf("%s %s: got %v, want [%s]", p, rel, got, f)
		}
	}
}
