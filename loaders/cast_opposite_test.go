package loaders

import "testing"

// TestCoStarCredits checks coStarCredits: the people after "opposite" or
// "alongside" in a cast clause acted in that clause's film; a crew
// credit or a film named in another clause gives them nothing.
func TestCoStarCredits(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"opposite two people after the film",
			"News\n\nThat year Ansel Rook played the safecracker Lio Barr in Dawnfall 2, opposite Mira Sandoval and Teo Vance.",
			[]string{"ACTED_IN mira sandoval -> dawnfall 2", "ACTED_IN teo vance -> dawnfall 2", "ACTED_IN ansel rook -> dawnfall 2 (lio barr)"}, nil},
		{"opposite before the film",
			"News\n\nAnsel Rook played Lio Barr opposite Mira Sandoval in Dawnfall 2.",
			[]string{"ACTED_IN mira sandoval -> dawnfall 2"}, nil},
		{"opposite Q in a later film gives both the later film",
			"News\n\nAnsel Rook played Lio Barr in Dawnfall 2, before returning opposite Mira Sandoval in Dawnfall 3.",
			[]string{"ACTED_IN mira sandoval -> dawnfall 3", "ACTED_IN ansel rook -> dawnfall 3"}, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"opposite Q in something that is no title",
			"News\n\nAnsel Rook played Lio Barr in Dawnfall 2 opposite Mira Sandoval in a cameo.",
			[]string{"ACTED_IN ansel rook -> dawnfall 2 (lio barr)"}, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"an executive producer alongside Q",
			"News\n\nAnsel Rook, who starred as Lio Barr in Dawnfall 2, is an executive producer, alongside Mira Sandoval.",
			nil, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"a crew credit has no co-stars",
			"News\n\nAnsel Rook directed Dawnfall 2 alongside Mira Sandoval.",
			nil, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"another clause after a semicolon",
			"News\n\nAnsel Rook played Lio Barr in Dawnfall 2; the studio placed it opposite Mira Sandoval's new film.",
			nil, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
