package loaders

import (
	"slices"
	"strings"
	"testing"
)

// TestMoveOwnedParts checks moveOwnedParts on invented sentences: the
// owner of a described part ("Claire's young son, Dayna") is not the
// actor's part; the named part after the description is, whether a cue
// already credited it or not.
func TestMoveOwnedParts(t *testing.T) {
	const lead = "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Kate Hudsen plays Claire Sardin and Ed Murph plays Axel Fole. "
	cases := []struct {
		name  string
		text  string
		actor string
		want  []string // the actor's PORTRAYED claims, exactly
	}{
		{"plays the owner's kin", lead + "Newcomer Hudson Hensel plays Claire's young son, Dayna.",
			"hudson hensel", []string{"PORTRAYED hudson hensel -> dayna"}},
		{"the role of the owner's kin", lead + "Ella Andrin takes on the role of Claire's teenage daughter, Rachel.",
			"ella andrin", []string{"PORTRAYED ella andrin -> rachel"}},
		{"a place among the describing words", lead + "Paul Reisen pops up as Axel's Harlow colleague Jeffrey Fried, and fans will catch a cameo.",
			"paul reisen", []string{"PORTRAYED paul reisen -> jeffrey fried"}},
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
