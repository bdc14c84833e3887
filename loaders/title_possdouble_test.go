package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestDoublePossessiveTitles checks that a name's possessive right after
// an owner's possessive opens a title ("Lantern Pictures' Tollo's
// Lantern"), while a contraction before it ("It's") is no owner.
func TestDoublePossessiveTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"a studio's possessive before a name's",
			"Weekend Box Office\n\nDisney's Tollo's Lantern slipped to sixth with $7.3 million.",
			"tollo's lantern", kg.Film},
		{"a director's possessive before a name's",
			"Festival Notes\n\nFive years ago, Ada Quist's Mara's Hollow Bells became the most-watched horror film of its time.",
			"mara's hollow bells", kg.Film},
		{"a contraction is no owner",
			"Festival Notes\n\nIt's Tollo's Lantern that everyone remembers, said Ada Quist.",
			"tollo's lantern", ""},
	}
	runEntityTypeCases(t, cases)
}
