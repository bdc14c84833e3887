package loaders

import "testing"

// TestRomanceQuotedTitles checks that a quoted Romance title in sentence
// case is read whole (small Romance words, elided words, two words the
// second of which no lexicon holds), and that quoted English speech and
// a quoted foreign question are no title.
func TestRomanceQuotedTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a Spanish title in a headline",
			"On Set: the Crew Rides Again in 'Amor de sombras'\n\nIt is seven in the morning on the ranch.",
			[]string{"amor de sombras"}, []string{"amor"}},
		{"a French title with a colon and an elided word",
			"'Agent 12: Retour d'exil' review: the spy is back\n\nThe sequel opens in May.",
			[]string{"agent 12: retour d'exil"}, nil},
		{"English speech in quotes",
			"News\n\nShe said 'Nobody gets under your skin' and left.",
			nil, []string{"nobody gets under your skin"}},
		{"a foreign question in quotes",
			"News\n\nThe catchphrase ('Mais où est le chat?') is still shouted in playgrounds.",
			nil, []string{"mais ou est le chat"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
