package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestAndPairTitles checks that two names joined by "and" become one
// title under a work cue (a year in brackets, an owner's possessive)
// and stay two names without one, or when a part is a given name or is
// named alone elsewhere.
func TestAndPairTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"a year in brackets after the pair",
			"Dev Cooper Dies at 80\n\nDev Cooper, the stunt coordinator, has died. He worked on Tam Wells's Salt and Ember (1994), in which Nora Bell rides across the plains.",
			"salt and ember", kg.Film},
		{"a platform's possessive before the pair",
			"Dev Cooper Dies at 80\n\nDev Cooper, the actor, has died. From 2010 to 2014 he recurred on Starz's Rust and Marrow as Councilman Reg Pike.",
			"rust and marrow", kg.Film},
		{"no cue leaves a list",
			"Dev Cooper Dies at 80\n\nDev Cooper, the actor, has died. He loved Rust and Marrow equally.",
			"rust and marrow", ""},
		{"a part named alone elsewhere",
			"Dev Cooper Dies at 80\n\nDev Cooper, the actor, has died. He was a veteran of Starz's Rust and Marrow. Marrow ran for six seasons.",
			"rust and marrow", ""},
	}
	runEntityTypeCases(t, cases)
}
