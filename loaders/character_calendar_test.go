package loaders

import (
	"slices"
	"strings"
	"testing"
)

// TestCastCalendarParts checks that a lone month, weekday or word that
// names nothing alone is a character when a cast credit governs it, and
// stays no name elsewhere.
func TestCastCalendarParts(t *testing.T) {
	cases := []struct {
		name string
		text string
		want string // a Character entity, or "" for none of the word
		word string
	}{
		{"play verb", "News\n\nThe Quiet Harbor is a new drama from Lantern Streaming. Nell Brightwater plays June, a ferry pilot with a secret.", "Character:june", "june"},
		{"back as owner's part", "News\n\nThe Quiet Harbor returns to Lantern Streaming in the spring. Nell Brightwater is back as Tobin's wife, Jan.", "Character:jan", "jan"},
		{"joined as described part", "News\n\nThe Quiet Harbor returns to Lantern Streaming in the spring. Newcomer Ida Marsh has joined as Tobin's teenage daughter Emmy, and Corin Vale is back too.", "Character:emmy", "emmy"},
		{"name as part", "News\n\nThe Quiet Harbor returns to Lantern Streaming in the spring. Corin Vale as Tobin Marsh, Ida Wren as Mom and Kit Dorn as Pell round out the cast.", "Character:mom", "mom"},
		{"a date", "News\n\nThe Quiet Harbor returns to Lantern Streaming in the spring. Nell Brightwater was cast as May 5 approached.", "", "may"},
		{"a title after the", "News\n\nThe Quiet Harbor returns to Lantern Streaming in the spring. Nell Brightwater returns as the Friday night host.", "", "friday"},
		{"no cast word", "News\n\nThe Quiet Harbor returns to Lantern Streaming in the spring. It was as good as June, said Nell Brightwater.", "", "june"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			if c.want != "" {
				if !slices.Contains(ents, c.want) {
					t.Errorf("missing %s; got %v", c.want, ents)
				}
				return
			}
			for _, e := range ents {
				if strings.HasSuffix(e, ":"+c.word) {
					t.Errorf("unwanted %s; got %v", e, ents)
				}
			}
		})
	}
}
