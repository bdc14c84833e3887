package loaders

import "testing"

// TestApposedMaker checks that a title glossed by a person's possessive
// with a dated film or genre noun ("F, P's 2018 thriller") credits P as
// F's director, and the glosses it leaves alone.
func TestApposedMaker(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a dated thriller", "In Dust Road, Ana Vittor's 2018 thriller, he played a minister.",
			[]string{"DIRECTED ana vittor -> dust road"}, nil},
		{"a dated adaptation of a novel", "The show is the sequel to Dust Road, Ana Vittor's 2011 adaptation of the novel.",
			[]string{"DIRECTED ana vittor -> dust road"}, nil},
		{"an undated adaptation", "The show is the sequel to Dust Road, Ana Vittor's adaptation of the novel.",
			[]string{"DIRECTED ana vittor -> dust road"}, nil},
		{"guard: an undated genre noun", "He was also in Dust Road, Ana Vittor's thriller.",
			nil, []string{"DIRECTED ana vittor -> dust road"}},
		{"guard: not a film noun", "He was also in Dust Road, Ana Vittor's 1986 hit.",
			nil, []string{"DIRECTED ana vittor -> dust road"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
