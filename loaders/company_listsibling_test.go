package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCompanySiblings checks, on invented sentences, that a name listed
// beside companies named by a company word, in a company's slot, is a
// company; and the guards (a mixed list with a personal name, a list in
// no company slot, ", and" opening a new clause).
func TestCompanySiblings(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Returns\n\nSalt Harbour is a crime drama about a harbour town. "
	cases := []struct {
		name, text, key string
		org             bool
	}{
		{"after with", "Marta Films produces with Verra Degeto, Kappa Film and Sky.", "verra degeto", true},
		{"after by", "The series is co-produced by Quillon Verde and Dorne Pictures.", "quillon verde", true},
		{"before produced", "Harrow Pictures and Sablewick Bay produced the series.", "sablewick bay", true},
		{"guard: a personal name in the list", "Marta Films produces with Jennifer Holt, Sablewick Bay and Dorne Pictures.", "sablewick bay", false},
		{"guard: no company slot", "Dorne Pictures and Sablewick Bay hosted a premiere, and Sablewick Bay starred as the mayor.", "sablewick bay", false},
		{"guard: a new clause after a comma and", "The series is produced by Dorne Pictures, and Verro Quast, who scored the original, composed the theme.", "verro quast", false},
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
