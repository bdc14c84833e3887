package loaders

import "testing"

// TestJoinNumberColonTitles checks joinNumberColonTitles: colon titles led
// by one number the article uses twice are read whole; a number met once
// before a colon, or after a capitalised word, is no title's.
func TestJoinNumberColonTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one number leads two colon titles",
			"News\n\nA 2017 spin-off, 12: Harbor Nights, starred Ada Quist. There was also a TV movie, 12: Lockdown, in 2008.",
			[]string{"12: harbor nights", "12: lockdown"}, []string{"harbor nights", "lockdown"}},
		{"a number met once stays a label",
			"News\n\nThe plan had three steps. 3: Harbor Nights was the last.",
			[]string{"harbor nights"}, []string{"3: harbor nights"}},
		{"a capitalised word before the number",
			"News\n\nSeason 2: Harbor Nights aired first. Season 2: Redemption followed.",
			nil, []string{"2: harbor nights", "2: redemption"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
