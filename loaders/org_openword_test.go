package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOpenWordCompanies checks, on invented sentences, company names whose
// first word is a common adjective or determiner and that open a sentence
// ("New X Cinema distributed ...", "Every X Productions has confirmed
// ..."): the word stays in the name, and the cut name is no entity; and
// the guards (a preposition opening the sentence, a name holding no
// company word, the same word inside a sentence, a comma after the word).
func TestOpenWordCompanies(t *testing.T) {
	const head = " date 2026-05-01\n'Corvo Lane' Ahead\n\nCorvo Lane, a drama by Hedda Moor, returned this week. "
	cases := []struct {
		name string
		text string
		org  string // key that must be a company ("" when none)
		cut  string // key that must be no entity
	}{
		{"new, a company word last", "New Brisket Cinema distributed the film in the U.S. in 1994.", "new brisket cinema", "brisket cinema"},
		{"every, before a verb", "Every Tallow Productions has confirmed a second film.", "every tallow productions", "tallow productions"},
		{"next, a company word inside", "Next Entertainment Horizon, who distributed Corvo Lane, asked her to return.", "next entertainment horizon", "entertainment horizon"},
		{"old, three words", "Old Quarry Pictures Animation produced the spin-off.", "old quarry pictures animation", "quarry pictures animation"},
		{"guard: a preposition opening the sentence", "After Brisket Pictures passed, the drama moved to Telvo.", "brisket pictures", "after brisket pictures"},
		{"guard: no company word", "New Marla Brisket joined the cast in May.", "", "new marla brisket"},
		{"guard: a comma after the word", "Next, Brisket Pictures released the trailer.", "brisket pictures", "next, brisket pictures"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := head + c.text + "\n"
			if got := entityType(t, text, c.org); c.org != "" && got != kg.Organisation {
				t.Errorf("%s typed %q, want an organisation", c.org, got)
			}
			if got := entityType(t, text, c.cut); got != "" {
				t.Errorf("%s is an entity (%s), want none", c.cut, got)
			}
		})
	}
}
