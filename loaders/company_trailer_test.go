package loaders

import "testing"

// TestTrailerFor checks trailerFor on invented sentences: the companies
// that put out a film's trailer, teaser or poster, over a time phrase
// between the company and its verb.
func TestTrailerFor(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a time phrase before the verb", "Harlow Pictures on Monday dropped the first trailer for Iron Creek.",
			[]string{"DISTRIBUTED harlow pictures -> iron creek"}, nil},
		{"two companies and an adverb", "Harlow Pictures and Bramble Studios today unveiled the first full teaser for Iron Creek.",
			[]string{"DISTRIBUTED harlow pictures -> iron creek", "DISTRIBUTED bramble studios -> iron creek"}, nil},
		{"trailer and poster", "Harlow Pictures has released the official trailer and poster for Iron Creek.",
			[]string{"DISTRIBUTED harlow pictures -> iron creek"}, nil},
		{"guard: no trailer noun", "Harlow Pictures on Monday dropped the director of Iron Creek.",
			nil, []string{"DISTRIBUTED harlow pictures -> iron creek"}},
		{"guard: a person", "Dora Vance on Monday shared the first poster for Iron Creek.",
			nil, []string{"DISTRIBUTED dora vance -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
