package loaders

import "testing"

// TestParenActorParts checks typeParenActorParts on invented sentences: a
// personal name before the bracketed surname or full name of an actor of
// the article is a part the actor plays; a bracket holding no actor of the
// article leaves the name alone.
func TestParenActorParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"surnames in brackets", "Tova Lindqvist and Omar Feldberg return in Red Lap. The sequel picks up as Dana Crowe (Lindqvist) and Hugo Marr (Feldberg) rebuild the car.",
			[]string{"Character:dana crowe", "Character:hugo marr", "PORTRAYED tova lindqvist -> dana crowe"}, []string{"Person:dana crowe"}},
		{"one-word given name before a surname", "There is a moment near the end of Red Lap when Tova Lindqvist, a lamp in one hand, begins to dance. The premise sounds like a pitch. Martin (Lindqvist), a tired teacher, tests a theory.",
			[]string{"Character:martin", "PORTRAYED tova lindqvist -> martin"}, nil},
		{"guard: one-word name before no surname of the article", "Red Lap opens in May. Martin (Boston), a tired teacher, tests a theory.",
			nil, []string{"Character:martin"}},
		{"guard: no actor in the bracket", "Dana Crowe (Boston) opened the meeting of the Red Lap fan club.",
			nil, []string{"Character:dana crowe"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
