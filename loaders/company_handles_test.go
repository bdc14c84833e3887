package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestHandlingCompanies checks, on invented sentences, that the subject
// of a handle verb whose object is a production's sales, distribution,
// rights or release is a company; and the guard (a given-name-led
// subject).
func TestHandlingCompanies(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Returns\n\nSalt Harbour is a crime drama about a harbour town. "
	cases := []struct {
		name, text, key string
		org             bool
	}{
		{"handles international sales", "Quarry Lantern handles international sales outside Europe.", "quarry lantern", true},
		{"is handling worldwide distribution", "Sources say Verro Quast is handling worldwide distribution.", "verro quast", true},
		{"guard: a given-name-led subject", "Jennifer Holt handles the release of her films herself.", "jennifer holt", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			typ := entityType(t, head+c.text+"\n", c.key)
			got := typ == kg.Organisation
			if got != c.org {
				t.Errorf("%q typed a company: %v (%s), want %v", c.key, got, typ, c.org)
			}
		})
	}
}
