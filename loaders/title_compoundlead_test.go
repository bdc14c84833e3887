package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCompoundLeads checks that a capitalised compound adjective before a
// name ("Spanish-language", "Lisbon-born") stays out of the name, so that
// the name's own cues reach it.
func TestCompoundLeads(t *testing.T) {
	cases := []entityTypeCase{
		{"a language before a possessive title",
			"Festival Notes\n\nShe then made the Spanish-language Tollo's Lantern (2006), in which Nora Bell plays a girl.",
			"tollo's lantern", kg.Film},
		{"a birthplace before a person",
			"Festival Notes\n\nThe Lisbon-born Tam Wells starred in Salt Meadow (2004).",
			"tam wells", kg.Person},
	}
	runEntityTypeCases(t, cases)
}
