package loaders

import "testing"

// TestLeadJobNouns checks trimLeadJobNouns: a job or kin noun opening a
// sentence before a given name is no part of the name; a title opening
// with such a word and no given name after it stays whole.
func TestLeadJobNouns(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"kin noun", "Brothers Peter Pallow and Ned Pallow wrote the script.",
			[]string{"Person:peter pallow"}, []string{"Person:brothers peter pallow"}},
		{"job noun", "Songwriter Dana Wexmoor joined the crew in March.",
			[]string{"Person:dana wexmoor"}, []string{"Person:songwriter dana wexmoor"}},
		{"guard: no given name after", "Host Quarry Bells airs on Fridays.",
			nil, []string{"Person:quarry bells"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
