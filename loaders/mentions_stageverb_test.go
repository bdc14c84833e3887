package loaders

import (
	"slices"
	"testing"
)

// TestStageVerbLead checks that a sentence-opening stage verb ("Enter",
// "Expect") before a name ending at a comma, bracket or the
// sentence's end is left out of the name, and that a title opening with the
// verb stays whole.
func TestStageVerbLead(t *testing.T) {
	cases := []struct {
		name, text  string
		has, hasNot string
	}{
		{"enter before an appositive", "News\n\nEnter Tamsin Oakridge, a courier with a secret.", "tamsin oakridge", "enter tamsin oakridge"},
		{"expect before a relative clause", "News\n\nExpect Corbel, who now runs the guild, to return.", "corbel", "expect corbel"},
		{"enter before the actor in brackets", "News\n\nEnter Dorrit Vane (Kit Moss), the new neighbour.", "dorrit vane", "enter dorrit vane"},
		{"enter before a dash", "News\n\nEnter Hollis Prine \u2014 the show's best idea.", "hollis prine", "enter hollis prine"},
		{"a title opening with the verb before a verb", "News\n\nEnter Arlo Quint was a modest hit for Streamly.", "enter arlo quint", ""},
		{"a title with its year in brackets", "News\n\nEnter Arlo Quint (1998) starred Kit Moss.", "enter arlo quint", ""},
		{"a title met earlier inside a sentence", "News\n\nKit Moss starred in Enter Arlo Quint for Streamly. Enter Arlo Quint, the comedy, flopped.", "enter arlo quint", ""},
		{"the verb inside a sentence is no stage direction", "News\n\nShe will star in Enter Quellan Grey, a thriller.", "enter quellan grey", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			keys := mentionKeys(c.text)
			if c.has != "" && !slices.Contains(keys, c.has) {
				t.Errorf("no mention %q; keys %v", c.has, keys)
			}
			if c.hasNot != "" && slices.Contains(keys, c.hasNot) {
				t.Errorf("unwanted mention %q; keys %v", c.hasNot, keys)
			}
		})
	}
}
