package loaders

import (
	"strings"
	"testing"
)

// TestTitleAppositiveClause checks that a sentence opening with a
// capitalised function word, a name and a comma is read as a title only
// when an appositive naming a production follows, not a clause that
// mentions one further on.
func TestTitleAppositiveClause(t *testing.T) {
	cases := []struct {
		name, text, key string
		want            bool
	}{
		{"a title before its appositive", "News\n\nUntil Sunrise, the video-game adaptation, opens Friday.", "until sunrise", true},
		{"a possessive before a number compound is no title", "News\n\nIt is the largest deal in Lantern' 17-year history.", "lantern' 17", false},
		{"a possessive before a number is a title", "News\n\nShe joined Ocean's 8 last year.", "ocean's 8", true},
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
