package loaders

import (
	"strings"
	"testing"
)

// TestBangTitleGoesOn checks that an exclamation mark inside a title
// followed by two capitalised words and a comma or bracket does not end
// the sentence, and that one before a new sentence still does.
func TestBangTitleGoesOn(t *testing.T) {
	cases := []struct {
		name, text, want string
		same             bool
	}{
		{"two-word subtitle then a comma",
			"News\n\nMind Her Shop! The Movie, the sequel to the series, starts shooting in May.", "starts shooting", true},
		{"two-word subtitle then a bracket",
			"News\n\nShe voiced Zoom-Zoom! Night Patrol (2019) for two seasons.", "two seasons", true},
		{"a given name after the mark opens a sentence",
			"News\n\nWe had two Bettys! Anna Treveth, who played the younger one, was superb.", "superb", false},
		{"a lower-case word after the two words opens a sentence",
			"News\n\nThey shouted Kapow! The Hero is back.", "back", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			a.run()
			last := a.sents[len(a.sents)-1]
			q := a.text[last.start:last.end]
			if got := strings.Contains(q, "!") && strings.Contains(q, c.want); got != c.same {
				t.Errorf("last sentence %q: one sentence = %v, want %v", q, got, c.same)
			}
		})
	}
}
