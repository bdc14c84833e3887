package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestHeadlinePullQuote checks that a quoted line of speech before a colon
// in a headline is no title, while a quoted title there still is one, and
// that a body title opening with "A" that the headline names is a film.
func TestHeadlinePullQuote(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"pull quote with a contraction",
			"'You'll Never Guess the Ending': A Fogmoor Lantern Story Turns 30\n\nA Fogmoor Lantern Story opened on Nov. 3, 1994. Mara Voss directed the film, with Tom Reyes as Ned Tarrow.",
			[]string{kg.ID(kg.Film, "A Fogmoor Lantern Story")}, []string{kg.ID(kg.Film, "You'll Never Guess the Ending")}},
		{"pull quote with a pronoun",
			"'We Were Never Meant to Last': Mara Voss on Saltreach Season 2\n\nMara Voss created the series Saltreach for Kestrel+ in 2021.",
			[]string{kg.ID(kg.Film, "Saltreach")}, []string{kg.ID(kg.Film, "We Were Never Meant to Last")}},
		{"a quoted title before a colon",
			"'Harbour Ledger': Tom Reyes Joins Kestrel+ Drama\n\nTom Reyes has joined Harbour Ledger, the Kestrel+ drama created by Mara Voss.",
			[]string{kg.ID(kg.Film, "Harbour Ledger")}, nil},
		{"a quoted pronoun title named again in the body",
			"'They Came From Fogmoor': Mara Voss Sets Her Next Film\n\nMara Voss will direct They Came From Fogmoor, a horror film from Kestrel Pictures.",
			[]string{kg.ID(kg.Film, "They Came From Fogmoor")}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}
