package loaders

import "testing"

// TestParentPossessor checks, on invented articles, that the possessor of
// "F's C prequel" (a title, then a sequel, prequel or spin-off noun) is
// read as the production C continues, not as C's director; a person's
// possessive before a plain title still names the director.
func TestParentPossessor(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"headline prequel",
			"Marla Quenby on Hunting Maelys's Oriela prequel: \"She was always the one\"\n\n" +
				"When Hunting Maelys ended in 2022, few characters left more questions behind than Oriela Voss, the spymaster played by Marla Quenby. " +
				"Oriela, a prequel set in 1970s Oslo, follows a young Oriela on her first posting.\n\nOriela premieres 14 September on Channel Nine.\n",
			nil, []string{"DIRECTED hunting maelys -> oriela"}},
		{"a person's film",
			" date 2026-05-01\nA Look Back\n\nThe festival opens with Dorian Vell's Salt Harbour (1979), restored in 4K.\n",
			[]string{"DIRECTED dorian vell -> salt harbour"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, c.text), c.want, c.not)
		})
	}
}
