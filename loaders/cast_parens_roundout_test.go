package loaders

import (
	"slices"
	"testing"
)

// TestParenPairsRoundOut checks that "round out" after a list of "A (C)"
// pairs reads the names outside the brackets as the actors (invented
// names).
func TestParenPairsRoundOut(t *testing.T) {
	_, claims := subjectFacts("The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Ada Crane (Dora Lind) and Ola Berg (Mira Kessel) round out the squad.")
	for _, w := range []string{"PORTRAYED ada crane -> dora lind", "PORTRAYED ola berg -> mira kessel"} {
		if !slices.Contains(claims, w) {
			t.Errorf("missing %q; got %v", w, claims)
		}
	}
}
