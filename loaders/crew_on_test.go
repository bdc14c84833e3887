package loaders

import "testing"

// TestCrewOnFilms checks a person's job phrase before "on" and the films
// after it: each is credited to the person, not to the film at hand.
func TestCrewOnFilms(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"department job in a relative clause", "The stunts are overseen by Darren Muckle, who was stunt coordinator on the original and on Night Drive.",
			[]string{"WORKED_ON darren muckle -> night drive"}, nil},
		{"head of story on a dated title", "Laura Brook, who was head of story on 2021's Dust Road, is at the helm.",
			[]string{"WORKED_ON laura brook -> dust road"}, nil},
		{"assistant director is no director", "Karen Low spent her twenties as an assistant director on Paper Moon and Salt Pans.",
			[]string{"WORKED_ON karen low -> paper moon", "WORKED_ON karen low -> salt pans"}, []string{"DIRECTED karen low -> paper moon"}},
		{"assistant director after a comma is no director", "Its director, Karen Low, spent her twenties as an assistant director on Paper Moon 3.",
			[]string{"WORKED_ON karen low -> paper moon 3"}, []string{"DIRECTED karen low -> paper moon 3"}},
		{"writer on a series", "Series creator Kay Ross, who was a writer on Line of Fire, says she wanted more.",
			[]string{"WROTE kay ross -> line of fire"}, nil},
		{"executive producer of a streamer's title", "Bo Lee, who is the executive producer of Hulu's Paper Kites, will return.",
			[]string{"PRODUCED bo lee -> paper kites"}, nil},
		{"guard: an untyped name after of", "Bo Lee, the creator of Dust Road, Tallis and Grey Lanes, will return.",
			nil, []string{"WROTE bo lee -> tallis"}},
		{"guard: another's job", "Kay Ross met Omar Haddad's editor on Line of Fire.",
			nil, []string{"WORKED_ON kay ross -> line of fire"}},
		{"guard: a company after on", "Kay Ross, a writer on Netflix, says she wanted more.",
			nil, []string{"WROTE kay ross -> netflix"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
