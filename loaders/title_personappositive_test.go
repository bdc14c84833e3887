package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestPersonShapedAppositiveTitles checks that a name shaped like a
// person's reads as a film when an appositive right after it describes a
// work, while a person described by a trade or by "the star of the film"
// stays a person.
func TestPersonShapedAppositiveTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"a comedy about",
			"Back to Work\n\nPia Lenz came out of retirement in 2015 with Marty Quickly, a scrappy heist comedy about two brothers who rob a fairground.",
			"marty quickly", kg.Film},
		{"a drama directed by",
			"Back to Work\n\nThe studio will release Nora Vance, the 2019 drama directed by Pia Lenz, on Friday.",
			"nora vance", kg.Film},
		{"a year and a possessive determiner",
			"Back to Work\n\nPia Lenz cast her again in Nora Vance (2010), his drama about a court herbalist.",
			"nora vance", kg.Film},
		{"a studio's release",
			"Back to Work\n\nThe two collaborated on Marty Quickly, the 2023 Lionsgate release that Pia Lenz co-directed.",
			"marty quickly", kg.Film},
		{"a comedy writer",
			"Back to Work\n\nThe studio hired Nora Vance, a comedy writer who worked on Salt Meadow.",
			"nora vance", kg.Person},
		{"the star of the film",
			"Back to Work\n\nThe studio hired Nora Vance, the star of the film that opened the festival.",
			"nora vance", kg.Person},
	}
	runEntityTypeCases(t, cases)
}
