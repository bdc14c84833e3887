package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOwnerProducerCompanies checks, on invented sentences, a two-word
// name owned by a person that produces ("P's X producing", "whose X
// produced"): the name is a company, no person; and the guards (a name
// led by a given name, a name owned by a one-word possessive, no produce
// verb after the name).
func TestOwnerProducerCompanies(t *testing.T) {
	const head = " date 2026-05-01\n'Corvo Lane' Ahead\n\nCorvo Lane, a drama by Hedda Moor, returned this week. "
	cases := []struct {
		name string
		text string
		key  string
		want bool // the name is a company
	}{
		{"a possessive, then producing", "The studio ordered the pilot, with Hedda Moor's Brisket Lantern producing.", "brisket lantern", true},
		{"a possessive, then co-producing", "The sequel shoots in May, with Osric Vell's Tallow Harbour co-producing.", "tallow harbour", true},
		{"whose, then produced", "The showrunner is Osric Vell, whose Quarry Bell produced the series.", "quarry bell", true},
		{"guard: a given name leads", "The film is Hedda Moor's next, with Hedda Moor's Mary Brisket producing.", "mary brisket", false},
		{"guard: no produce verb", "Hedda Moor's Brisket Lantern opened in May.", "brisket lantern", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, head+c.text+"\n", c.key)
			if (got == kg.Organisation) != c.want {
				t.Errorf("%s typed %q, want a company: %v", c.key, got, c.want)
			}
		})
	}
}
