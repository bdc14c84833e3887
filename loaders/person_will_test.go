package loaders

import "testing"

// TestSentenceInitialWill checks that "Will" opening a sentence that is no
// question opens a personal name, and a question's modal does not.
func TestSentenceInitialWill(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"statement", "Will Tanner was Mark, and Ivo Brandt played Pelle.", []string{"Person:will tanner"}, []string{"Person:tanner"}},
		{"guard: question", "Will Ivo Brandt return for the sequel?", []string{"Person:ivo brandt"}, []string{"Person:will ivo brandt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
