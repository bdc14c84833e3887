package loaders

import "testing"

// TestOwnedTitle checks titles read after an owner's possessive and
// describing words: a person's (DIRECTED, or WROTE for a series), a
// company's (PRODUCED), and the parent of a sequel named that way.
func TestOwnedTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"person's dated hit", "Fans of Ana Vittor's 2017 hit Dust Road will be pleased.",
			[]string{"DIRECTED ana vittor -> dust road"}, nil},
		{"person's genre noun", "It recalls Omar Haddad's 1989 gangster fable Night Ferry.",
			[]string{"DIRECTED omar haddad -> night ferry"}, nil},
		{"person's series is written", "It recalls Omar Haddad's cult comedy series Paper Kites.",
			[]string{"WROTE omar haddad -> paper kites"}, []string{"DIRECTED omar haddad -> paper kites"}},
		{"company's genre and format nouns", "Rounding out the top five, Lionsgate's horror movie The Pale Hour opened to $5.2 million.",
			[]string{"DISTRIBUTED lionsgate -> pale hour"}, []string{"PRODUCED lionsgate -> pale hour"}},
		{"a nationality and two describing words", "It finished ahead of Kestrel Pictures' British crime drama Glass Tide, which slipped to second.",
			[]string{"DISTRIBUTED kestrel pictures -> glass tide"}, []string{"DISTRIBUTED kestrel pictures -> british"}},
		{"guard: a place before the owner", "New in the U.S., Kestrel Pictures' slasher romance Glass Tide took $8 million.",
			[]string{"DISTRIBUTED kestrel pictures -> glass tide"}, []string{"DISTRIBUTED u.s. -> glass tide"}},
		{"studio's possessive title in a chart", "Next weekend brings Kestrel Pictures' Glass Tide 3, starring Ana Vittor.",
			[]string{"DISTRIBUTED kestrel pictures -> glass tide 3"}, []string{"PRODUCED kestrel pictures -> glass tide 3"}},
		{"sequel to an owner's described film", "Iron Creek is the long-awaited follow-up to Ana Vittor's 2015 hit Dust Road.",
			[]string{"SEQUEL_OF iron creek -> dust road", "DIRECTED ana vittor -> dust road"}, []string{"SEQUEL_OF iron creek -> ana vittor"}},
		{"guard: a reply's opening word", "Yeah, Kathryn Moss's movie opened the door.",
			nil, []string{"DIRECTED kathryn moss -> yeah"}},
		{"guard: a relation noun is no work", "Jackie Moon's long-suffering boss in the Dust Road films was Bill Ray.",
			nil, []string{"DIRECTED jackie moon -> dust road"}},
		{"guard: a preposition ends the phrase", "Ana Vittor's deal with Dust Road Films is done.",
			nil, []string{"DIRECTED ana vittor -> dust road films"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
