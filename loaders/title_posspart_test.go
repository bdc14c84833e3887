package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestPartPossessiveTitles checks that a possessive on a character's name
// opens a title named for the character ("Voss's Gambit") once the
// article names the character as a part someone plays, while a director's
// surname before a possessive stays an owner.
func TestPartPossessiveTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"a character's surname before a sequel appositive",
			"Harlan Voss Rides Again\n\nNora Bell is playing Voss again. This is the first week of shooting on Voss's Gambit, the long-awaited sequel to Cold Harbour.",
			"voss's gambit", kg.Film},
		{"a character's name and a year",
			"Dev Cooper Dies at 80\n\nDev Cooper voiced Tollo in the cartoon Tollo and the Moon. His best-known work came later in Tollo's Lantern (1988), a sequel.",
			"tollo's lantern", kg.Film},
		{"a director's surname stays an owner",
			"Pia Lenz Returns\n\nThe director Pia Lenz is back. This is the first week of shooting on Lenz's Nightfall, the long-awaited sequel to Cold Harbour.",
			"lenz's nightfall", ""},
	}
	runEntityTypeCases(t, cases)
}

// TestSubtitlePersonStops checks that a subtitle after a colon does not go
// on over "with" or "or" and a person's name, nor over "for the" and an
// award.
func TestSubtitlePersonStops(t *testing.T) {
	cases := []entityTypeCase{
		{"with and a person",
			"Spin-offs Fade\n\nThe network tried Harbour Watch: Night Shift with Nora Bell, and it did not last.",
			"harbour watch: night shift", kg.Film},
		{"for the Oscar",
			"Effects Race\n\nThe studio beat Star Lanes: Iron Road for the Oscar for best visual effects.",
			"star lanes: iron road", kg.Film},
	}
	runEntityTypeCases(t, cases)
}

// TestCuedTitlePartIn checks that a part, "in" and a title before a sequel
// appositive stay a part and a title, not one title.
func TestCuedTitlePartIn(t *testing.T) {
	cases := []entityTypeCase{
		{"to play a part in a title",
			"Casting News\n\nNora Bell has been tapped to play Gunner in Deep Salt Rising, the studio's prequel to Deep Salt, sources say.",
			"deep salt rising", kg.Film},
		{"as a part in a title",
			"Casting News\n\nDev Cooper will reprise his role as Captain Ira Holt in Deep Salt 2, the studio's sequel to the 2018 thriller.",
			"deep salt 2", kg.Film},
	}
	runEntityTypeCases(t, cases)
}
