package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCalledBodyTypes checks a body named after "called", "named" or
// "known as" following a noun for a kind of body ("a restaurant called
// X", "a fintech startup called X", "an upscale Los Angeles restaurant
// called X") or a group of people after "of" ("a crew of bank robbers
// called the X") typed an organisation, and the guards for a given name,
// a title after a work's noun and a noun with no "called".
func TestCalledBodyTypes(t *testing.T) {
	const head = orgTypeHead
	cases := []orgTypeCase{
		{"a restaurant called X", "Two brothers run a restaurant called Paradiso in 1950s Ohio.", "paradiso", kg.Organisation},
		{"a fintech startup called X", "Lena Ford plays Allie's boss at a fintech startup called Ledgerwise.", "ledgerwise", kg.Organisation},
		{"an upscale place restaurant called X", "Carl is the head chef at an upscale Los Angeles restaurant called Vellamo.", "vellamo", kg.Organisation},
		{"a crew of bank robbers called the X", "Tom Rell plays Arlo Fenn, a surfer who runs a crew of bank robbers called the Salt Tide.", "salt tide", kg.Organisation},
		{"a gang of forty riders known as the X", "Ola Brandt is the leader of a gang of forty riders known as the Marrow Saints.", "marrow saints", kg.Organisation},
		{"guard: a given name", "She works for a company called Julia Marsh.", "julia marsh", ""},
		{"guard: a book called X", "He wrote a book called Glass Year.", "glass year", ""},
		{"guard: a body noun with no called", "Carl works at the restaurant Dorrit every night.", "dorrit", ""},
	}
	runOrgTypeCases(t, cases)
}
