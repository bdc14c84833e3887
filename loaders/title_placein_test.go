package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestPlaceAfterPreposition checks that a major place's name right after
// a place preposition is never typed a production, so that the credits
// around it go to the film the article names, while a place's name with
// a kind noun before it stays a title.
func TestPlaceAfterPreposition(t *testing.T) {
	const article = "Perrin Vasquez, Chef Turned Actor, Dies at 71\n\nPerrin Vasquez, the cook who became an actor, has died. He was 71.\n\n"
	cases := []entityTypeCase{
		{"a city after in, inside a character's description",
			article + "His best-known film role came in Scorched (2015), directed by Tam Wells. Dev Cooper played Adam Crane, a once-great chef trying to win a third star in London. Vasquez was Reg Fenton, the maître d', opposite Nora Bell as Helene, the sous chef.",
			"london", ""},
		{"the film named before the place stays a film",
			article + "His best-known film role came in Scorched (2015), directed by Tam Wells. Dev Cooper played Adam Crane, a once-great chef trying to win a third star in London. Vasquez was Reg Fenton, the maître d', opposite Nora Bell as Helene, the sous chef.",
			"scorched", kg.Film},
		{"a city after a kind noun stays a title",
			article + "He starred in the drama Lisbon, which opened in 2004.",
			"lisbon", kg.Film},
	}
	runEntityTypeCases(t, cases)
}
