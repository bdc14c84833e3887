package loaders

import "testing"

// TestStarAppositive checks starAppositive: "P, the star of F, G and H",
// "A and B, the stars of F", "P, a regular on the drama F" and "Q, his F
// co-star" credit the people named; a star of no title and a name that
// closes another phrase get nothing.
func TestStarAppositive(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the star of a film list",
			"News\n\nOrin Vale, the restless, brooding star of Ashfall 2, Coldwater and Redline 3, has died.",
			[]string{"ACTED_IN orin vale -> ashfall 2", "ACTED_IN orin vale -> redline 3"}, nil},
		{"two stars of a series",
			"News\n\nKaia Moss and Ben Thorne, the stars of Wexmoor Vale: Origins, spoke at the panel.",
			[]string{"ACTED_IN kaia moss -> wexmoor vale: origins", "ACTED_IN ben thorne -> wexmoor vale: origins"}, nil},
		{"a regular on a described series",
			"News\n\nLeila Farouk, a regular on the legal drama Counsel Row, is with Gersh.",
			[]string{"ACTED_IN leila farouk -> counsel row"}, nil},
		{"a possessive's year before the title",
			"News\n\nThe disc adds a featurette on Aldo Ferri, the star of Enzo Valli's 1968 Bastiano Cane 2.",
			[]string{"ACTED_IN aldo ferri -> bastiano cane 2"}, nil},
		{"his co-star",
			"News\n\nHe was mourned by Dana Crowe, his Starhold 2 co-star, on Friday.",
			[]string{"ACTED_IN dana crowe -> starhold 2"}, nil},
		{"the star of no title",
			"News\n\nOrin Vale, the star of the evening, thanked the crew.",
			nil, []string{"ACTED_IN orin vale -> evening"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
