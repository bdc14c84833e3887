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
		"Tamsin Reel plays the harbour master, Ada Fenn.\n\n"
	tests := []struct {
		name, text, person, want string
	}{
		{"the sequel a sentence is about, then its cast",
			head + "In 2019, Vera Lund made her directing debut with Harbour Lights: The Return, a sequel produced by Calder Pictures. " +
				"Odile Penn starred as Mara Quist, with Ivo Brandt playing her brother.\n",
			"odile penn", "harbour lights: the return"},
		{"a chart entry described by a relative clause",
			head + "Rounding out the top five was Copper Sky: The Long Road, which Marlow Films produced. " +
				"Jessa Morrow plays a pilot named Ilse Varn.\n",
			"jessa morrow", "copper sky: the long road"},
		{"a dated title with an appositive",
			head + "Vosk called on him again for The Salt Road (1984), the ensemble comedy inspired by a real race. " +
				"Tovin Marsh starred as Rolf Kettle alongside Dane Ashby as his partner.\n",
			"tovin marsh", "salt road"},
		{"the one film the sentence is about, described after it",
			head + "Then in 2021 came Copper Sky: The Long Road, a comedy from Vera Lund in which Jessa Morrow played a pilot named Ilse Varn.\n",
			"jessa morrow", "copper sky: the long road"},
		{"a title after a part: it stays",
			head + "Jessa Morrow plays the pilot Ilse Varn, the Copper Sky of the title, a role written for her.\n",
			"jessa morrow", "brindle cove"},
		{"the comic a film adapts is no film",
			head + "The story comes from the comic Copper Sky: The Long Road, which Vera Lund adapted. Jessa Morrow plays a pilot named Ilse Varn.\n",
			"jessa morrow", "brindle cove"},
		{"the article's film named before the other: it stays",
			head + "Critics compared Brindle Cove to The Salt Road (1984), the ensemble comedy inspired by a real race. " +
				"Tovin Marsh starred as Rolf Kettle.\n",
			"tovin marsh", "brindle cove"},
		{"a part written like a title: it stays",
			head + "Also in the ensemble: Dane Ashby as Rolf Kettle and Ivo Brandt as Don Vasco, an announcer created for the film. " +
				"Tovin Marsh plays a pilot named Ilse Varn.\n",
			"tovin marsh", "brindle cove"},
		{"the paragraph names the article's film: it stays",
			head + "Brindle Cove began as a spin-off idea for The Salt Road (1984), the ensemble comedy inspired by a real race. " +
				"Tovin Marsh starred as Rolf Kettle.\n",
			"tovin marsh", "brindle cove"},
		{"the series spoken of before the other title: it stays",
			head + "The eight-episode series comes from Vera Lund, and it echoes Copper Sky: The Long Road, which Marlow Films produced. " +
				"Jessa Morrow plays a pilot named Ilse Varn.\n",
			"jessa morrow", "brindle cove"},
		{"a title named in passing: it stays",
			head + "Vera Lund, who directed episodes of Copper Sky: The Long Road, a series that ran for years, returns to direct. " +
				"Jessa Morrow plays a pilot named Ilse Varn.\n",
			"jessa morrow", "brindle cove"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Text: tc.text}
			in.Article.ID, in.Article.Date = "t", "2025-03-01"
			r := newArticle(&in).run()
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
		{"no film word: the default", "Brindle Cove returns in May.\n\nJessa Morrow plays Ilse Varn.\n", true},
		{"'the film' is the text's word", "Brindle Cove returns in May.\n\nIn the film, Jessa Morrow plays Ilse Varn.\n", false},
		{"a title named", "Brindle Cove returns in May.\n\nJessa Morrow plays Ilse Varn in Copper Sky: The Long Road.\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Text: tc.text}
			in.Article.ID, in.Article.Date = "t", "2025-03-01"
			a := newArticle(&in)
			a.run()
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
