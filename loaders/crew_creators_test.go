package loaders

import "testing"

// TestCreatorCredits checks creatorCredits on invented sentences: "P
// created the O series", "P, who developed the show with Q", "A and B,
// who created the series", "F, which he co-created with A and B", "F,
// from creators A and B"; and a character or a taste that are no
// production.
func TestCreatorCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"from creators after the title", "Dust Road: Reno, from creators Ana Vittor and Tom Li, follows her west.",
			[]string{"WROTE ana vittor -> dust road: reno", "WROTE tom li -> dust road: reno"}, []string{"WROTE ana vittor -> iron creek"}},
		{"a genre appositive from a creator", "Dust Road, a police thriller from creator Ana Vittor, has been cancelled.",
			[]string{"WROTE ana vittor -> dust road"}, nil},
		{"created the outlet's series", "Mara Amsel created the six-episode Lumio series and ran it as showrunner.",
			[]string{"WROTE mara amsel -> iron creek"}, nil},
		{"who developed the show with a partner", "Dev Rastogi, who developed the show with Josh Pilbeam, remains an executive producer.",
			[]string{"WROTE dev rastogi -> iron creek", "WROTE josh pilbeam -> iron creek"}, nil},
		{"a list who created the series", "Showrunners Rob Patel and Dana Wien, who created the series, skip the framing device.",
			[]string{"WROTE rob patel -> iron creek", "WROTE dana wien -> iron creek"}, nil},
		{"which he co-created with a list", "Bill Quantock is also an executive producer on Lumio's Dwindle, which he co-created with Brett Ambley and Jason Pardoe.",
			[]string{"WROTE brett ambley -> dwindle", "WROTE jason pardoe -> dwindle"}, nil},
		{"the outlet naming the series is no writer", "Dave Chalmers, who created the Lumio series and co-wrote the film with Larry Kessock, is a producer.",
			[]string{"WROTE dave chalmers -> iron creek", "WROTE larry kessock -> iron creek"}, []string{"WROTE lumio -> iron creek"}},
		{"guard: created a character", "Stan Leeman created the character in 1962.",
			nil, []string{"WROTE stan leeman -> iron creek"}},
		{"guard: developed a taste", "Ana Vittor developed a taste for horror.",
			nil, []string{"WROTE ana vittor -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
