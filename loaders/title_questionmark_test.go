package loaders

import "testing"

// TestQuestionMarkTitles checks that a title written as a question keeps
// its "?" when the sentence goes on after it, and that a question ending
// its sentence or a run not opened by a question word does not.
func TestQuestionMarkTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a year after the mark",
			"News\n\nHer second feature, Where Did the Harbour Go? (2014), premiered at Cannes.",
			[]string{"where did the harbour go?=Film"}, []string{"where did the harbour go=Film"}},
		{"a comma after the mark",
			"News\n\nPerrin Vasquez's Can You Ever Find Tamsin?, a Fenwick Films release, took fourth with $7.1 million.",
			[]string{"can you ever find tamsin?=Film"}, nil},
		{"a closing bracket after the mark",
			"News\n\nThe script is by Perrin Vasquez (The Salt Ledger, Why Did Orla Leave?), who also produces.",
			[]string{"why did orla leave?=Film"}, nil},
		{"a question ending its sentence",
			"News\n\nThe critic asked one thing. Where Did Tamsin Go?",
			nil, []string{"where did tamsin go?="}},
		{"no question word at the start",
			"News\n\nThe critic saw Perrin Vasquez's Harbour Lights?, a Fenwick Films release, twice.",
			nil, []string{"harbour lights?=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := mentionTypes(c.text)
			checkLines(t, got, c.want, nil)
			for _, n := range c.not {
				for _, g := range got {
					if len(g) >= len(n) && g[:len(n)] == n {
						t.Errorf("unwanted %q in %v", n, got)
					}
				}
			}
		})
	}
}
