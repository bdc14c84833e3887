package loaders

import "testing"

// TestGappedVerbParts checks that a clause leaving out the part verb of
// the clause before it ("A was the X, B the Y", "A voices the X, and B his
// Y") credits its actor with its part (invented names).
func TestGappedVerbParts(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"comma gap",
			"The Wexmoor\n\nThe Wexmoor is a 1961 drama directed by Tomas Brinkley. Ada Crane was the jilted Dora, Ola Berg the icy Duchess Mira, and the veteran Ivo Lund stole scenes.",
			[]string{"ACTED_IN ola berg -> wexmoor (duchess mira)"}},
		{"and with possessive",
			"The Wexmoor\n\nThe Wexmoor is a 2024 animated comedy directed by Tomas Brinkley. Ada Crane voices the new villain, Dorin Vel, and Ola Berg his girlfriend Mirela, while Ivo Lund voices a neighbour.",
			[]string{"PORTRAYED ola berg -> mirela"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, nil)
		})
	}
}
