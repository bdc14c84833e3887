package loaders

import (
	"slices"
	"strings"
	"testing"
)

// TestPossessedParts checks moveOffPossessedParts on invented sentences:
// "plays C's mother", "cast as C's father", "as the Cs' father" give the
// actor no part C, while a part named outright stays.
func TestPossessedParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    string // a claim that must be found
		notPart string // no PORTRAYED claim and no ACTED_IN part of this person
	}{
		{"plays C's father", "The Wexmoor\n\nThe Wexmoor opens on Streamly in May. Mirela Dunsford plays Captain Orla Feldane, and Halvard Oxlade plays Feldane's estranged father.",
			"ACTED_IN mirela dunsford -> wexmoor (captain orla feldane)", "halvard oxlade"},
		{"cast as C's mother", "The Wexmoor\n\nThe Wexmoor opens on Streamly in May. Ysabet Dunsford has been cast as Orla Feldane's mother, a retired smuggler.",
			"", "ysabet dunsford"},
		{"as the Cs' father", "The Wexmoor\n\nThe Wexmoor opens on Streamly in May. Halvard Oxlade plays the Aldages' father, who runs the ferry.",
			"", "halvard oxlade"},
		{"a part named outright stays", "The Wexmoor\n\nThe Wexmoor opens on Streamly in May. Halvard Oxlade plays Kit Aldage, the ferryman's son.",
			"ACTED_IN halvard oxlade -> wexmoor (kit aldage)", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			if c.want != "" && !slices.Contains(claims, c.want) {
				t.Errorf("missing %q in %v", c.want, claims)
			}
			if c.notPart == "" {
				return
			}
			for _, cl := range claims {
				if strings.HasPrefix(cl, "PORTRAYED "+c.notPart+" ") || strings.HasPrefix(cl, "ACTED_IN "+c.notPart+" ") && strings.HasSuffix(cl, ")") {
					t.Errorf("%q has a part: %v", c.notPart, claims)
				}
			}
		})
	}
}
