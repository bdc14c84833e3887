package loaders

import "testing"

// TestOwnCrew checks ownCrew, ownCrewCopula and craftIt on invented
// sentences: a production's own job noun before a name, a copula list of
// its crew, and "P shot it"; and the owners and verbs they leave alone.
func TestOwnCrew(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"our job noun, a name", "Our cinematographer, Ana Vittor, lit the caves with torches.",
			[]string{"WORKED_ON ana vittor -> iron creek"}, nil},
		{"a two-word job noun", "And our production designer, Tom Li, built the town.",
			[]string{"WORKED_ON tom li -> iron creek"}, nil},
		{"the film's writer", "The film's writer, Ana Vittor, spent a year in Nevada.",
			[]string{"WROTE ana vittor -> iron creek"}, nil},
		{"guard: another person's crew", "Bo Lee's cinematographer, Ana Vittor, shot his first film.",
			nil, []string{"WORKED_ON ana vittor -> iron creek"}},
		{"the producers were a list", "Ana Vittor edited, and the producers were Tom Li and Bo Lee.",
			[]string{"PRODUCED tom li -> iron creek", "PRODUCED bo lee -> iron creek", "WORKED_ON ana vittor -> iron creek"}, nil},
		{"guard: the producers of another film", "The producers of Dust Road were Tom Li and Bo Lee.",
			nil, []string{"PRODUCED tom li -> iron creek"}},
		{"shot it", "Ana Vittor shot it on film.", []string{"WORKED_ON ana vittor -> iron creek"}, nil},
		{"guard: shot someone", "Tom Li shot him in the second act.", nil, []string{"WORKED_ON tom li -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestDirectorOfNamedFilm checks that "under director P" inside "F, in
// which ...", "F, which she wrote with P" and "F (year), the ... sequel
// directed by P" credit F, not the film the text is about.
func TestDirectorOfNamedFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"under director in a which clause", "The show follows the 2012 film Dust Road, in which Bo Lee first rode under director Ana Vittor.",
			[]string{"DIRECTED ana vittor -> dust road"}, []string{"DIRECTED ana vittor -> iron creek"}},
		{"which she wrote with a co-writer", "Ana Vittor directed the comedy Dust Road, which she wrote with her husband, the playwright Tom Li.",
			[]string{"WROTE ana vittor -> dust road", "WROTE tom li -> dust road"}, []string{"WROTE ana vittor -> iron creek"}},
		{"a sequel after a year in parentheses", "He came back in Dust Road 2 (2005), the critically savaged sequel directed by Ana Vittor, as a new character.",
			[]string{"DIRECTED ana vittor -> dust road 2"}, []string{"DIRECTED ana vittor -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
