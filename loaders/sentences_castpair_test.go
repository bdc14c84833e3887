package loaders

import (
	"testing"
)

// TestCastPairLine checks isCastPairLine on invented lines: a capitalised
// list of "A as C" pairs closed by a full stop or a question mark is read
// as a sentence (its credits found); a headline with no stop stays a
// heading.
func TestCastPairLine(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"pairs with a full stop", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May.\n\nTomas Varga as Heldric, Lena Oskarsdottir as Maudie, Piet Ostermann as Grunwald.",
			[]string{"PORTRAYED tomas varga -> heldric", "PORTRAYED piet ostermann -> grunwald"}, nil},
		{"question", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May.\n\nAnd Tomas Varga as Heldric?",
			[]string{"PORTRAYED tomas varga -> heldric"}, nil},
		{"the before the part", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May.\n\nTomas Varga as the Chief, Lena Oskarsdottir as Maudie.",
			[]string{"PORTRAYED lena oskarsdottir -> maudie"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
	if isCastPairLine(tokenize("Studio Casts Tomas Varga as Heldric", 0, nil)) {
		t.Errorf("a headline with no stop read as a cast line")
	}
}
