package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOfShapedTitles checks that a name "W of X" reads as a title when no
// cue makes it a person's or a rank's, so that a review's headline or a
// production clause types it a film, while a character "W of X" whose W
// stands alone elsewhere, a rank after "the" and a given name's "of" stay
// no film.
func TestOfShapedTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"a review headline",
			"Harbour of Moths review: Tam Wells's puppet fable is a delight\n\nHalfway through Harbour of Moths a gull sneezes. Harbour of Moths is produced by Dev Cooper.",
			"harbour of moths", kg.Film},
		{"a character whose first word stands alone",
			"Ravn Dusk Returns\n\nFor five years Nora Bell was Aldric of Varnholm, the exiled warrior at the heart of The Grey Coast. Aldric has always been torn between two crowns.",
			"aldric of varnholm", kg.Character},
		{"a rank after a lower-case the",
			"Dev Cooper Dies at 80\n\nDev Cooper, the actor, has died. He had a recurring part as the Provost of Marlow in the drama Salt Meadow (2016).",
			"provost of marlow", ""},
		{"a given name and a place",
			"Tam Wells Cast\n\nTam Wells will play Agnes of Arnsby in the drama Salt Meadow.",
			"agnes of arnsby", kg.Character},
	}
	runEntityTypeCases(t, cases)
}
