package loaders

import (
	"testing"
)

// TestActorOwnedDescribedParts checks the readings actorOwnedParts gained
// on invented sentences: "P's character, C" and "P's old part, C" make P
// an actor, a comma may close the describing words, and a kin noun after
// the possessive ("P's wife, C") tells of real life.
func TestActorOwnedDescribedParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"character noun and comma", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Zach Levin's character, Luke Pardew, isn't in it.",
			[]string{"PORTRAYED zach levin -> luke pardew"}, nil},
		{"old part", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Josh Brandt's old part, Tom Grisby, went to Alfie Brackett.",
			[]string{"PORTRAYED josh brandt -> tom grisby"}, nil},
		{"kin noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar's wife, Dora Lind, came too.",
			nil, []string{"PORTRAYED lena oskar -> dora lind"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
