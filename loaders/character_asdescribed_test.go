package loaders

import (
	"testing"
)

// TestLateDescribedParts checks typeLateDescribedParts on invented
// sentences: a name after "as", a determiner and describing words ending
// in a noun, with an actor typed a person before the "as", is a part; a
// name that goes on as a modifier and
// "known as" are left alone.
func TestLateDescribedParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"comma before a full name", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. The sequel arrived in 2011 with Ilse Kovander as a new spy mom, Maudie Grint.",
			[]string{"PORTRAYED ilse kovander -> maudie grint"}, nil},
		{"comma before a one-word name", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. The other sisters are Ilse Kovander as the serene eldest, Maudie; Tolmenko as Heldric.",
			[]string{"PORTRAYED ilse kovander -> maudie"}, nil},
		{"a modifier", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Zhavri Tolmenko returns as the young Navy officer who leads them.",
			nil, []string{"PORTRAYED zhavri tolmenko -> navy"}},
		{"known as", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Zhavri Tolmenko, known as the village baker Heldric, said yes.",
			nil, []string{"PORTRAYED zhavri tolmenko -> heldric"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
