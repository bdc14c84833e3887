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
		{"kin noun", "Brothers Tomas Reyes and Ned Reyes wrote the script.",
			[]string{"Person:tomas reyes"}, []string{"Person:brothers tomas reyes"}},
		{"job noun", "Songwriter Dana Rowe joined the crew in March.",
			[]string{"Person:dana rowe"}, []string{"Person:songwriter dana rowe"}},
		{"guard: no given name after", "Host Harbour Lights airs on Fridays.",
			nil, []string{"Person:harbour lights"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
