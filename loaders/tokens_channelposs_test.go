package loaders

import "testing"

// TestChannelNumberPossessive checks, on invented sentences, that a
// channel's number takes the possessive ("Channel 9's", "KTV 2's"), so that
// the channel is credited with the title after it, while a number after a
// lower-case word, a number of three digits and an apostrophe before a
// longer word are left as they were.
func TestChannelNumberPossessive(t *testing.T) {
	toks := []struct {
		name, text string
		poss       bool
	}{
		{"a channel's number", "Channel 9's crime series", true},
		{"an all-capitals network's number", "KTV 2's spy drama", true},
		{"after a lower-case word", "scored 4's and 5's", false},
		{"three digits", "Room 101's door", false},
		{"a longer word after", "Channel 9'sake", false},
	}
	for _, c := range toks {
		t.Run(c.name, func(t *testing.T) {
			got := false
			for _, tk := range tokenize(c.text, 0, nil) {
				if tk.kind == kPoss {
					got = true
				}
			}
			if got != c.poss {
				t.Errorf("%q: possessive %v, want %v", c.text, got, c.poss)
			}
		})
	}
	const head = " date 2026-05-01\nA Ratings Week\n\nThe overnight figures were mixed. "
	facts := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a channel's crime series", "Channel 9's crime series The Copper Lantern drew just 610,000.",
			[]string{"DISTRIBUTED channel 9 -> copper lantern"}, nil},
		{"a network's spy drama", "KTV 2's spy drama Gull Harbour was the only Sunday show in the top five.",
			[]string{"DISTRIBUTED ktv 2 -> gull harbour"}, nil},
	}
	for _, c := range facts {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
