package loaders

import "testing"

// TestPlatformNames checks that a streaming service or network of the
// closed platform list is a company that distributes what it carries,
// never a person or a director.
func TestPlatformNames(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"streamer's described series", "Kate Lind now leads Prime Video's animated series Silver Fang.",
			[]string{"DISTRIBUTED prime video -> silver fang"}, []string{"DIRECTED prime video -> silver fang"}},
		{"network possessive", "It recalls Peacock's comedy series Paper Kites.",
			[]string{"DISTRIBUTED peacock -> paper kites"}, []string{"WROTE peacock -> paper kites"}},
		{"a platform that is also a place", "Ana Vittor shot Cold River on the Amazon, far from Amazon's series Paper Kites.",
			[]string{"DISTRIBUTED amazon -> paper kites"}, nil},
		{"streamer's possessive title", "Bo Lee also runs Hulu's Paper Kites.",
			[]string{"DISTRIBUTED hulu -> paper kites"}, []string{"PRODUCED hulu -> paper kites"}},
		{"a network's genre and format nouns", "He was a regular on the BBC fantasy series Paper Kites for three seasons.",
			[]string{"DISTRIBUTED bbc -> paper kites"}, nil},
		{"arrival on a streamer before a date", "Iron Creek begins on Hulu on Wednesday, with new episodes weekly.",
			[]string{"DISTRIBUTED hulu -> iron creek"}, nil},
		{"air on a network and stream on a streamer", "New episodes of Iron Creek air Thursdays on CBS and stream on Peacock.",
			[]string{"DISTRIBUTED cbs -> iron creek", "DISTRIBUTED peacock -> iron creek"}, nil},
		{"guard: no arrival word", "Ana Vittor worked on Hulu projects before Iron Creek.",
			nil, []string{"DISTRIBUTED hulu -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
