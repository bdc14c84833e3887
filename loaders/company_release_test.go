package loaders

import "testing"

// TestCompanyRelease checks the company release verbs on invented
// sentences: the release handled, the film released or carried, a bare
// "co-distributes", rights held, and guards for another job handled and
// the rights to a book.
func TestCompanyRelease(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"handled the theatrical release", "Ryan Colter produced, and Paramount Pictures handled the theatrical release.",
			[]string{"DISTRIBUTED paramount pictures -> iron creek"}, nil},
		{"with O handling the rest of the world", "Focus Features will distribute in North America, with Universal Pictures handling the rest of the world.",
			[]string{"DISTRIBUTED universal pictures -> iron creek"}, nil},
		{"released it", "Luc Varenne produced; 20th Century Fox released it in North America, where it made $145 million.",
			[]string{"DISTRIBUTED 20th century fox -> iron creek"}, nil},
		{"will carry the show", "Hulu streams it at home, and Disney+ will carry the show in most other territories.",
			[]string{"DISTRIBUTED disney+ -> iron creek"}, nil},
		{"carried the first seasons", "Netflix carried the first three seasons in the U.S.",
			[]string{"DISTRIBUTED netflix -> iron creek"}, nil},
		{"co-distributes", "Miramax Films co-distributes.",
			[]string{"DISTRIBUTED miramax films -> iron creek"}, nil},
		{"produced and distributed", "China Film Group produced and distributed the picture.",
			[]string{"DISTRIBUTED china film group -> iron creek", "PRODUCED china film group -> iron creek"}, nil},
		{"holds the streaming rights", "Netflix holds the streaming rights everywhere else.",
			[]string{"DISTRIBUTED netflix -> iron creek"}, nil},
		{"guard: handled something else", "Bluebird Pictures handled the casting search.",
			nil, []string{"DISTRIBUTED bluebird pictures -> iron creek"}},
		{"guard: the rights to a book", "Netflix holds the rights to the novel.",
			nil, []string{"DISTRIBUTED netflix -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestPlatformDistributes checks that a streaming service renewing or
// ordering a series distributes it rather than produces it.
func TestPlatformDistributes(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a streamer renews a series", "Netflix has renewed Owl Weeps, the animated adaptation, for a second season.",
			[]string{"DISTRIBUTED netflix -> owl weeps"}, []string{"PRODUCED netflix -> owl weeps"}},
		{"a studio still produces", "Bluebird Pictures has greenlit Owl Weeps, an animated adaptation.",
			[]string{"PRODUCED bluebird pictures -> owl weeps"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestDemonymNoCompany checks that a people's or place's adjective before
// a genre noun and a title is no company of the title.
func TestDemonymNoCompany(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a place adjective", "Lucia Fennimore, the filmmaker behind the Tasmanian crime drama Saltbrush, takes over.",
			nil, []string{"PRODUCED tasmanian -> saltbrush"}},
		{"a network still makes its drama", "Lucia Fennimore, the filmmaker behind the BBC crime drama Saltbrush, takes over.",
			[]string{"DISTRIBUTED bbc -> saltbrush"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
