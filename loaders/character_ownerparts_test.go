package loaders

import (
	"slices"
	"strings"
	"testing"
)

// TestMoveOwnedParts checks moveOwnedParts on invented sentences: the
// owner of a described part ("Ilona's young son, Dorrit") is not the
// actor's part; the named part after the description is, whether a cue
// already credited it or not.
func TestMoveOwnedParts(t *testing.T) {
	const lead = "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Kate Morland plays Ilona Tolvey and Ed Carrow plays Oskar Brenick. "
	cases := []struct {
		name  string
		text  string
		actor string
		want  []string // the actor's PORTRAYED claims, exactly
	}{
		{"plays the owner's kin", lead + "Newcomer Tobias Wrenfield plays Ilona's young son, Dorrit.",
			"tobias wrenfield", []string{"PORTRAYED tobias wrenfield -> dorrit"}},
		{"the role of the owner's kin", lead + "Ella Andrin takes on the role of Ilona's teenage daughter, Linnea.",
			"ella andrin", []string{"PORTRAYED ella andrin -> linnea"}},
		{"a place among the describing words", lead + "Paul Ostermann pops up as Oskar's Dunmere colleague Jeffrey Calverley, and fans will catch a cameo.",
			"paul ostermann", []string{"PORTRAYED paul ostermann -> jeffrey calverley"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			var got []string
			for _, cl := range claims {
				if strings.HasPrefix(cl, "PORTRAYED "+c.actor+" ->") {
					got = append(got, cl)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}
