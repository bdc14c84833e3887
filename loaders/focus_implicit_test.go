package loaders

import (
	"slices"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestParagraphTopicCredits: a credit whose film no word of the text names
// (the implicit default) goes to the film its paragraph is about when that
// is another film, named as the subject of the paragraph's first or the
// previous sentence or described right after it; it stays with the
// article's film when the paragraph names that film, speaks of "the film"
// before the other, or names the other in passing.
func TestParagraphTopicCredits(t *testing.T) {
	const head = "Brindle Cove Renewed for a Second Season\n\n" +
		"Brindle Cove, the coastal drama from Halvard Pictures, has been renewed for a second season, the network said on Monday. " +
		"Osmunda Rell plays the harbour master, Ada Fenn.\n\n"
	tests := []struct {
		name, text, person, want string
	}{
		{"the sequel a sentence is about, then its cast",
			head + "In 2019, Orsolya Drenn made her directing debut with Pellmoor Lights: The Return, a sequel produced by Quarrend Pictures. " +
				"Ottilie Varnay starred as Maelis Quellen, with Ivor Brandwick playing her brother.\n",
			"ottilie varnay", "pellmoor lights: the return"},
		{"a chart entry described by a relative clause",
			head + "Rounding out the top five was Tinplate Sky: The Far Stretch, which Pemberdine Films produced. " +
				"Julia Tellamy plays a pilot named Ilka Vantreuil.\n",
			"julia tellamy", "tinplate sky: the far stretch"},
		{"a dated title with an appositive",
			head + "Dunmarrow called on him again for The Brackwater Run (1984), the ensemble comedy inspired by a real race. " +
				"Tovin Ashgrove starred as Rolo Quarmby alongside Dace Ormsby as his partner.\n",
			"tovin ashgrove", "brackwater run"},
		{"the one film the sentence is about, described after it",
			head + "Then in 2021 came Tinplate Sky: The Far Stretch, a comedy from Orsolya Drenn in which Julia Tellamy played a pilot named Ilka Vantreuil.\n",
			"julia tellamy", "tinplate sky: the far stretch"},
		{"a title after a part: it stays",
			head + "Julia Tellamy plays the pilot Ilka Vantreuil, the Tinplate Sky of the title, a role written for her.\n",
			"julia tellamy", "brindle cove"},
		{"the comic a film adapts is no film",
			head + "The story comes from the comic Tinplate Sky: The Far Stretch, which Orsolya Drenn adapted. Julia Tellamy plays a pilot named Ilka Vantreuil.\n",
			"julia tellamy", "brindle cove"},
		{"the article's film named before the other: it stays",
			head + "Critics compared Brindle Cove to The Brackwater Run (1984), the ensemble comedy inspired by a real race. " +
				"Tovin Ashgrove starred as Rolo Quarmby.\n",
			"tovin ashgrove", "brindle cove"},
		{"a part written like a title: it stays",
			head + "Also in the ensemble: Dace Ormsby as Rolo Quarmby and Ivor Brandwick as Don Valtrecco, an announcer created for the film. " +
				"Tovin Ashgrove plays a pilot named Ilka Vantreuil.\n",
			"tovin ashgrove", "brindle cove"},
		{"the paragraph names the article's film: it stays",
			head + "Brindle Cove began as a spin-off idea for The Brackwater Run (1984), the ensemble comedy inspired by a real race. " +
				"Tovin Ashgrove starred as Rolo Quarmby.\n",
			"tovin ashgrove", "brindle cove"},
		{"the series spoken of before the other title: it stays",
			head + "The eight-episode series comes from Orsolya Drenn, and it echoes Tinplate Sky: The Far Stretch, which Pemberdine Films produced. " +
				"Julia Tellamy plays a pilot named Ilka Vantreuil.\n",
			"julia tellamy", "brindle cove"},
		{"a title named in passing: it stays",
			head + "Orsolya Drenn, who directed episodes of Tinplate Sky: The Far Stretch, a series that ran for years, returns to direct. " +
				"Julia Tellamy plays a pilot named Ilka Vantreuil.\n",
			"julia tellamy", "brindle cove"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := localRun(tc.text, "2025-03-01")
			got := sameNameCredits(r, kg.ActedIn, tc.person)
			if len(got) == 0 || slices.ContainsFunc(got, func(g string) bool { return g != tc.want }) {
				t.Errorf("%s: ACTED_IN %v, want only %s", tc.person, got, tc.want)
			}
		})
	}
}

// TestImplicitFilmMark: the patterns mark the film slot focusFilm fills
// with its default, and only it: not a film word of the text ("the film")
// nor a title.
func TestImplicitFilmMark(t *testing.T) {
	tests := []struct {
		name, text string
		implicit   bool
	}{
		{"no film word: the default", "Brindle Cove returns in May.\n\nJulia Tellamy plays Ilka Vantreuil.\n", true},
		{"'the film' is the text's word", "Brindle Cove returns in May.\n\nIn the film, Julia Tellamy plays Ilka Vantreuil.\n", false},
		{"a title named", "Brindle Cove returns in May.\n\nJulia Tellamy plays Ilka Vantreuil in Tinplate Sky: The Far Stretch.\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runArticle(t, tc.text)
			found := false
			for _, c := range a.claims {
				if c.rel == kg.ActedIn {
					found = true
					if c.obj.implicitFilm() != tc.implicit {
						t.Errorf("implicit %v, want %v (obj %+v)", c.obj.implicitFilm(), tc.implicit, c.obj)
					}
				}
			}
			if !found {
				t.Errorf("no ACTED_IN claim")
			}
		})
	}
}
