package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestStudioLeadSentenceStart checks, on invented sentences, that a
// company named "Studio X" keeps its company word when it opens a
// sentence, and that "Studio" before a lower-case word names nothing.
func TestStudioLeadSentenceStart(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Returns\n\nSalt Harbour is a crime drama about a harbour town. "
	cases := []struct {
		name, text, key string
		found           bool
	}{
		{"opens the sentence", "Studio Quarry and Harrow Pictures produced the series.", "studio quarry", true},
		{"guard: a lower-case word after it", "Studio executives at Harrow Pictures loved the series.", "studio executives", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, head+c.text+"\n", c.key) == kg.Organisation
			if got != c.found {
				t.Errorf("%q a company: %v, want %v", c.key, got, c.found)
			}
		})
	}
}
