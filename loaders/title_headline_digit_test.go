package loaders

import (
	"slices"
	"testing"
)

// TestHeadlineDigitTitles: a headline's quoted title that opens with a
// number ("'44 Nights Later: Ashfall' Moves Up", "'1917' Returns") is read as a
// film, the quote before the digits opening the title rather than eliding a
// year; inside a line, "Bandits '97" keeps its elided year.
func TestHeadlineDigitTitles(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		wantEnt string
		notEnt  string
	}{
		{"quoted title opening with two digits", " date 2031-02-03\n'44 Nights Later: Ashfall' Moves Up a Week\n\nThe sequel, directed by Mira Teller, now opens on June 4.",
			"Film:44 nights later: ashfall", ""},
		{"a headline's quoted number", "'1917' Returns to Theaters\n\nThe war film, directed by Ansel Crane, is back for one week.",
			"Film:1917", ""},
		{"an elided year inside a line", "Bandits '97 Gets a Sequel\n\nThe animated series Bandits '97 returns in May, with Nora Vell as Pike.",
			"", "Film:97"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			if c.wantEnt != "" && !slices.Contains(ents, c.wantEnt) {
				t.Errorf("missing %q; got %v", c.wantEnt, ents)
			}
			if c.notEnt != "" && slices.Contains(ents, c.notEnt) {
				t.Errorf("unwanted %q; got %v", c.notEnt, ents)
			}
		})
	}
}
