package loaders

import (
	"slices"
	"testing"
)

// TestHeadlineFilmParagraphs checks a report on the two films its
// headline names: the paragraphs about the second film (led by its
// second sentence after an opener naming no film, and the paragraphs after
// it that name only its earlier entry or nothing) give their credits to
// it, not to the article's subject.
func TestHeadlineFilmParagraphs(t *testing.T) {
	text := "Box Office Preview: 'Harbor Run' Races Toward $50M Start as 'Brine Road 2' Eyes Slump\n\n" +
		"Two very different machines hit the grid this weekend.\n\n" +
		"Kestrel Pictures' Harbor Run, the racing drama starring Ivo Brandt, is tracking for $50 million. " +
		"Harbor Run opens Friday. Brandt plays Sonny Vale, a veteran driver.\n\n" +
		"The weekend's other robot is the homicidal kind. Brine Road 2, the Lumio release, is tracking at $20 million, " +
		"short of what the first film opened to.\n\n" +
		"Ada Quist, who directed the first film, returns to direct, from a story by Tom Vell, the writer of Brine Road. " +
		"Mara Quint is back as Tess, and Kit Moss plays her niece Wrenna.\n\n" +
		"Final numbers arrive Sunday."
	_, claims := subjectFacts(text)
	for _, w := range []string{"ACTED_IN mara quint -> brine road 2 (tess)", "ACTED_IN ivo brandt -> harbor run (sonny vale)"} {
		if !slices.Contains(claims, w) {
			t.Errorf("missing %q; got %v", w, claims)
		}
	}
	if slices.Contains(claims, "ACTED_IN mara quint -> harbor run (tess)") {
		t.Errorf("part given to the subject film: %v", claims)
	}
}

// TestTitleJobNouns checks that a title before a job noun ("X creator P",
// "the X star") is a credit named in passing: it neither leads a
// paragraph nor outweighs the article's production.
func TestTitleJobNouns(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			name: "the creator of an earlier show named before the new one's credits",
			text: "Network Orders 'Brine Road' Prequel 'Iron Nine' to Series\n\n" +
				"The network has ordered Iron Nine, a prequel to Brine Road set in 1967. The ten-episode drama premieres in the fall.\n\n" +
				"Brine Road creator Ada Quist will write, and Brine Road star Kit Moss will narrate. Brine Road veterans Bo Reyes and Tom Vell produce.",
			want: "iron nine",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			got := ""
			if a.subjectFilm >= 0 {
				got = a.ents[a.find(int(a.subjectFilm))].key
			}
			if got != c.want {
				t.Errorf("subject film %q, want %q", got, c.want)
			}
			for mi := range a.ments {
				if m := &a.ments[mi]; m.key == "brine road" && a.wordAfter(m) != "" && titleJobNouns[a.wordAfter(m)] && !a.passingMention(mi) {
					t.Errorf("%q before %q not in passing", m.text, a.wordAfter(m))
				}
			}
		})
	}
}

// TestSeriesOfSubject checks that "the series" in an article about a new
// show named after an older series ("X" and "X: Harbor") is the new show.
func TestSeriesOfSubject(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "the spin-off's cast after 'leads the series'",
			text: "'Brine Road: Harbor' Adds Two\n\nBrine Road: Harbor, the spin-off of the legal series Brine Road, has added two actors, the network said. " +
				"Brine Road: Harbor premieres in February.\n\nKit Moss leads the series as Ted Vane, with Mara Quint as Tess Quill.",
			want: []string{"ACTED_IN kit moss -> brine road: harbor (ted vane)"},
			not:  []string{"ACTED_IN kit moss -> brine road (ted vane)"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
