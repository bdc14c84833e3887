package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestPersonBeforeTitle checks that a person and the production after
// "in", "on" or "with" are not read as one title when the production
// opens with a capitalised preposition, when the person is a surname
// named before, or when a co-star word brings the person in, while a
// title with a small word inside still joins.
func TestPersonBeforeTitle(t *testing.T) {
	cases := []entityTypeCase{
		{"a title opening with a capitalised preposition",
			"Dev Cooper and Nora Bell Reunite\n\nCooper and Bell had last worked with Tam Wells on In Harbour (2008), his debut feature.",
			"in harbour", kg.Film},
		{"a surname named before",
			"Dev Cooper and Nora Bell Reunite\n\nThe film is written by Tam Wells. Cooper had last worked with Wells on Salt Meadow (2008), a comedy.",
			"salt meadow", kg.Film},
		{"a co-star word before a personal name",
			"Dev Cooper Cast\n\nBy then he had worked in Mumbai: he played opposite Ravi Khemka in Salt Meadow (2014).",
			"salt meadow", kg.Film},
		{"a title with a small word inside still joins",
			"Dev Cooper Cast\n\nHe had a small part in the drama Lanterns at Greywater (2011), directed by Tam Wells.",
			"lanterns at greywater", kg.Film},
	}
	runEntityTypeCases(t, cases)
}
