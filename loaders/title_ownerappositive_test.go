package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOwnerAppositiveTitles checks that an appositive opening with an
// owner's possessive ("Tam Wells's drama") cues the possessive title
// before it as one name ("Pellow's Law"), while a channel before a small
// word stays apart from the title after it.
func TestOwnerAppositiveTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"a maker's possessive appositive after a possessive title",
			"Dev Cooper Dies at 80\n\nDev Cooper, the actor, has died. Nobody forgot Pellow's Law, Tam Wells's drama about a barrister.",
			"pellow's law", kg.Film},
		{"a channel's possessive appositive after a possessive title",
			"Dev Cooper Dies at 80\n\nDev Cooper, the actor, has died. Nobody forgot Pellow's Law, Starz's drama about a barrister.",
			"pellow's law", kg.Film},
		{"a channel before the small word stays apart",
			"Dev Cooper Dies at 80\n\nDev Cooper, the actor, has died. He moved to the BBC for Judge Vane, Dace Lund's series about a circuit judge.",
			"bbc for judge vane", ""},
	}
	runEntityTypeCases(t, cases)
}
