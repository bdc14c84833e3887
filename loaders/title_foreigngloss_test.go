package loaders

import "testing"

// TestForeignGlossTitles checks typeForeignGlossTitles: a name followed by
// its title in another language in sentence case between brackets is a
// film, with or without a year at the gloss's end; an English aside in
// brackets, a player's name with particles, a personal name led by a
// given name and the tail of a title cut at "for" or "and" are left
// alone; a tail after "to" joins its head into one film.
func TestForeignGlossTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"gloss in sentence case",
			"News\n\nThe jury also praised Quiet Harbour (Tiha lukavica), which screened on Friday.",
			[]string{"quiet harbour=Film"}, nil},
		{"gloss with a year",
			"News\n\nThey followed it with Salt Ledger (Solna kvirenka, 2004), a wartime drama about two brothers.",
			[]string{"salt ledger=Film"}, nil},
		{"English aside in brackets",
			"News\n\nThe crowd cheered Harbor Lights (Perrin was there with them) all night.",
			nil, []string{"harbor lights=Film"}},
		{"personal name led by a given name",
			"News\n\nThe prize went to Maria Dobrev (Lada mirenko), who thanked her parents.",
			nil, []string{"maria dobrev=Film"}},
		{"a player's name with particles",
			"News\n\nThe prequel told the story of a young Bram (Kit de Moss) and his wife.",
			nil, []string{"bram=Film"}},
		{"tail of a title cut at a joining word",
			"News\n\nThe festival closed with Like Rain for Harbour (Como lluvia para puerto, 1992) on Sunday.",
			nil, []string{"harbour=Film"}},
		{"tail after to joins its head",
			"News\n\nCritics admired the new Journey to the Quarry (Putnik vrelska) this week.",
			[]string{"journey to the quarry=Film"}, []string{"quarry=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
