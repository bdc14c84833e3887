package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOfArticleTitles checks that one capitalised word, "of a" or "of an"
// and a capitalised word read as one title, while a given name's "of a"
// does not join.
func TestOfArticleTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"of a and a capitalised word",
			"Festival Notes\n\nPia Lenz directed Ballad of a Lamplighter, which opened the festival.",
			"ballad of a lamplighter", kg.Film},
		{"of an and a capitalised word",
			"Festival Notes\n\nDev Cooper wrote the 2014 sequel Rise of an Ironclad, and he is writing the pilot.",
			"rise of an ironclad", kg.Film},
	}
	runEntityTypeCases(t, cases)
}

// TestNamingLeadTitles checks that a sentence-opening "Titled" or "Dubbed"
// stays out of the title it introduces.
func TestNamingLeadTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"titled",
			"Prequel Ordered\n\nThe network has ordered a prequel. Titled Harbour Watch: Class of '82, the drama follows the parents of the original teens.",
			"harbour watch: class of '82", kg.Film},
	}
	runEntityTypeCases(t, cases)
}

// TestNumberedPartYearSubtitles checks that a numbered part's colon and a
// year read as one title ("Harrow Street Part One: 1994").
func TestNumberedPartYearSubtitles(t *testing.T) {
	cases := []entityTypeCase{
		{"part one and a year",
			"Trilogy\n\nThe studio made three films. Harrow Street Part One: 1994 introduced Deena, and it was directed by Pia Lenz.",
			"harrow street part one: 1994", kg.Film},
	}
	runEntityTypeCases(t, cases)
}
