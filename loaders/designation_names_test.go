package loaders

import "testing"

// TestDesignationNames checks that a designation noun with a number ("Juror
// 8", "Vault 33") is not typed a film by the cues that read a number in a
// name as a title's, while a quoted sibling keeps a numbered title a film.
func TestDesignationNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"numbered jurors are no sequels",
			"News\n\nIn Twelve Chairs, Kit Moss plays Juror 6, the quiet painter. Bo Reyes is the bullying Juror 4, and Ada Quist plays Juror 2.",
			nil, []string{"Film:juror 6", "Film:juror 4", "Film:juror 2"}},
		{"numbered player in a possessive",
			"News\n\nThe Salt Ledger returns in June. Kit Moss's Player 212 is back in the games, and Bo Reyes's Player 87 joins him.",
			nil, []string{"Film:player 212", "Film:player 87"}},
		{"numbered vault as a place",
			"News\n\nThe Salt Ledger returns in June. Ada Quist is the overseer of Vault 17 until raiders take her, and Kit Moss guards Vault 18.",
			nil, []string{"Film:vault 17"}},
		{"numbered station after for",
			"News\n\nThe Salt Ledger returns in June. Bo Reyes signed on for Station 212 as its captain.",
			nil, []string{"Film:station 212"}},
		{"a quoted sibling keeps the sequel a film",
			"News\n\n'Sector 8' Review: Back to the Slums\n\nSector 8, Ada Quist's long-promised sequel to Sector 7, premiered on Friday. The finale repeats the slugfest that ended Sector 7.",
			[]string{"Film:sector 7"}, nil},
		{"a quoted numbered sibling is title evidence",
			"News\n\nKit Moss wrote 'Sector 9' before she joined. Sector 8 was a hit in 2019.",
			[]string{"Film:sector 8"}, nil},
		{"a title noun that is no designation keeps its sequel",
			"News\n\nKit Moss wrote Iron Harbor 4 before she joined. Iron Harbor 3 was a hit.",
			[]string{"Film:iron harbor 4"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
