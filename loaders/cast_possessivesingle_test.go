package loaders

import "testing"

// TestPossessiveCastSingleProduction checks "P's C" in the past tense in
// an article naming one production: the part is in that production,
// unless the sentence speaks of another time.
func TestPossessiveCastSingleProduction(t *testing.T) {
	const head = " date 2026-05-01\n'Glass Harbor' Ends Its Run\n\nGlass Harbor, the drama series from Neon, ends its run in September.\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"past tense, one production", "Tova Rinn's Orla Vance started as a clerk and ended up running the docks.",
			[]string{"ACTED_IN tova rinn -> glass harbor as orla vance"}, nil},
		{"an earlier film in the sentence", "Tova Rinn's Orla Vance was the heart of the original.",
			nil, []string{"ACTED_IN tova rinn -> glass harbor as orla vance"}},
		{"a year in the sentence", "Tova Rinn's Orla Vance was written out in 2019.",
			nil, []string{"ACTED_IN tova rinn -> glass harbor as orla vance"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
