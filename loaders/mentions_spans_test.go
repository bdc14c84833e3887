package loaders

import (
	"strings"
	"testing"
)

// TestMentionSpans checks where findMentions starts and ends names on
// invented sentences: a sentence-opening function word starts a title only
// before an appositive naming a production (not a clause naming one
// further on), a possessive takes a number but not a number compound, and
// a capitalised pronoun after a preposition ends a title.
func TestMentionSpans(t *testing.T) {
	cases := []struct {
		name, text, key string
		want            bool
	}{
		{"a title before its appositive", "News\n\nUntil Sunrise, the video-game adaptation, opens Friday.", "until sunrise", true},
		{"a possessive before a number compound is no title", "News\n\nIt is the largest deal in Lantern' 17-year history.", "lantern' 17", false},
		{"a possessive before a number is a title", "News\n\nShe joined Ocean's 8 last year.", "ocean's 8", true},
		{"a capitalised pronoun ends a title", "News\n\nHer breakout The Dark Calls for Us built a cult following.", "dark calls for us", true},
		{"a pronoun in lower case ends no title", "News\n\nThe Dark Calls for us to wait, she said.", "dark calls for us", false},
		{"a preposition before a company and a clause", "News\n\nFor Skyline Bros. Media, the deal adds a prestige drama to the catalogue.", "for skyline bros. media", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			keys := mentionKeys(c.text)
			found := false
			for _, k := range keys {
				if k == c.key || strings.HasPrefix(k, c.key) {
					found = true
				}
			}
			if found != c.want {
				t.Errorf("mention %q found = %v, want %v; keys %v", c.key, found, c.want, keys)
			}
		})
	}
}
