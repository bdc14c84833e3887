package loaders

import "testing"

// TestJoinWorkPossessives checks that a possessive title ("Tolland's
// Reach") is read whole when a year in brackets or a word for a work's
// people ("star") follows it, and that an owner's possessive (a platform,
// a person named by surname or by a family name written first, a given
// name) or a possessive with no such cue stays apart.
func TestJoinWorkPossessives(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a year in brackets after the title",
			"News\n\nHis best-known work came in Tolland's Reach (1991), which he also wrote.",
			[]string{"tolland's reach"}, []string{"tolland", "reach"}},
		{"star after the title",
			"News\n\nBrimble's Hollow star Ada Verhoek joins as a detective.",
			[]string{"brimble's hollow"}, []string{"brimble", "hollow"}},
		{"a platform's possessive stays an owner",
			"News\n\nShe starred in Netflix's Northfall (2019) as a medic.",
			[]string{"netflix"}, []string{"netflix's northfall"}},
		{"a surname named before stays an owner",
			"News\n\nAda Verhoek directed it. Verhoek's Tide (2004) was a hit.",
			nil, []string{"verhoek's tide"}},
		{"a family name written first stays an owner",
			"News\n\nShe also worked with Quon Tae-rim on Quon's Harbour (2017), a fable.",
			nil, []string{"quon's harbour"}},
		{"no cue, no join",
			"News\n\nShe joined Harlan's Bakery in Ohio.",
			nil, []string{"harlan's bakery"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestNumberNoTitle checks that "No." and a number after the capitalised
// words of a name go on the name ("Kestrel No. 9"), and that a rank ("At
// No. 2", "No. 1 at the box office") opens no name.
func TestNumberNoTitle(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a number ends a title",
			"News\n\nThe anime Kestrel No. 9 returns for a second season in April.",
			[]string{"kestrel no. 9"}, []string{"kestrel no"}},
		{"a number inside a longer title",
			"News\n\nShe played a guard in Dawn in Block No. 12 (2015), a prison drama.",
			[]string{"dawn in block no. 12"}, []string{"dawn in block no"}},
		{"a rank after a function word",
			"News\n\nAt No. 2 was the thriller Glasswing with $9 million.",
			nil, []string{"at no. 2"}},
		{"a function word capitalised inside a sentence opens the title",
			"News\n\nShe wrote the last days of Beneath No. 4 for the BBC.",
			[]string{"beneath no. 4"}, []string{"beneath no"}},
		{"a function word after a comma opens the title",
			"News\n\nThe stage show, Beneath No. 4 Live, opens in May.",
			[]string{"beneath no. 4 live"}, []string{"beneath no"}},
		{"a function word opening a clause stays a rank",
			"News\n\nIt fell to fourth. At No. 2 came Glasswing.",
			nil, []string{"at no. 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
