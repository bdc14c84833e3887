package loaders

import (
	"strings"
	"testing"
)

// TestInThatWork checks on an invented article that "P stars in that
// series as C" credits P with the series named in the sentence before,
// not with the article's own.
func TestInThatWork(t *testing.T) {
	text := "Salt King season two starts filming\n\nSalt King will begin filming its second season in May, Vellum Pictures said on Tuesday.\n\n" +
		"Maren Tollbeck, who plays the harbour master Ada Crane, returns for the new season. Before Salt King, Tollbeck led the fantasy drama Copper Sky for three seasons. " +
		"Tollbeck stars in that series as Vanessa Holt, a woman who wakes from a coma.\n\nDoran Pellis also returns as the smuggler Kit Varne.\n"
	cases := []struct {
		name, want, notWant string
	}{
		{"the part in the series named before", "ACTED_IN maren tollbeck -> copper sky (vanessa holt)", "ACTED_IN maren tollbeck -> salt king (vanessa holt)"},
		{"the part in the article's series stays", "ACTED_IN doran pellis -> salt king (kit varne)", ""},
	}
	_, claims := subjectFacts(text)
	joined := strings.Join(claims, "\n")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(joined, c.want) {
				t.Errorf("missing %q in\n%s", c.want, joined)
			}
			if c.notWant != "" && strings.Contains(joined, c.notWant) {
				t.Errorf("unwanted %q in\n%s", c.notWant, joined)
			}
		})
	}
}
