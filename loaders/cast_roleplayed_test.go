package loaders

import "testing"

// TestRolePlayedBefore checks rolePlayedBefore: the appositive "the role
// he first played in F" after a cast part gives the part's actor F as
// that part; a part nobody is cast in gives nothing.
func TestRolePlayedBefore(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the role he first played in F and reprised in G",
			"News\n\nTomas Brek returns as Ivo Marlow, the role he first played in Dust Circuit 2 and reprised in Dust Circuit 3.",
			[]string{"ACTED_IN tomas brek -> dust circuit 2 (ivo marlow)", "ACTED_IN tomas brek -> dust circuit 3 (ivo marlow)"}, nil},
		{"a year's possessive before the title",
			"News\n\nAnya Feld is in talks to return as Mara Quell, the character she last played in 2009's Glass Haven: Tides.",
			[]string{"ACTED_IN anya feld -> glass haven: tides (mara quell)"}, nil},
		{"no cast part, no credit",
			"News\n\nThe studio praised Mara Quell, the character she last played in Glass Haven: Tides.",
			nil, []string{"ACTED_IN anya feld -> glass haven: tides (mara quell)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
