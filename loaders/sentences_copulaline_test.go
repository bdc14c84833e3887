package loaders

import (
	"testing"
)

// TestCopulaPairLine checks isCastPairLine on invented "A is C." lines: a
// short sentence with every name capitalised and "is" in lower case is a
// sentence (its credit found), not a heading; a headline's "Is" and a
// question stay as before.
func TestCopulaPairLine(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"actor is part", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May.\n\nTomas Varga is Heldric Moor.",
			[]string{"PORTRAYED tomas varga -> heldric moor"}, nil},
		{"second actor", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May.\n\nLena Oskarsdottir is Maudie Grint.",
			[]string{"PORTRAYED lena oskarsdottir -> maudie grint"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
	for _, h := range []string{"The Wexmoor Is Streaming Now.", "What is Heldric Moor?", "Tomas Varga is Heldric Moor"} {
		t.Run("heading "+h, func(t *testing.T) {
			if isCastPairLine(tokenize(h, 0, nil)) {
				t.Errorf("%q read as a cast line", h)
			}
		})
	}
}
