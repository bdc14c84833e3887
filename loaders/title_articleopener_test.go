package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestArticleOpenerTitles checks that a title opening with a capitalised
// function word and "a" ("Like a Gull", "Once Upon a Lantern") is read
// whole inside a sentence, not cut before its noun, while a sentence that
// opens with such a word and names no earlier title starts no name.
func TestArticleOpenerTitles(t *testing.T) {
	cases := []entityTypeCase{
		{"a function word and a inside a sentence",
			"Tam Wells Cast\n\nHere's everything you need to know about Like a Gull: Harbour before it premieres on Netflix. Like a Gull: Harbour stars Tam Wells.",
			"like a gull: harbour", kg.Film},
		{"once upon a noun after a production noun",
			"Tam Wells Returns\n\nTam Wells made his directing debut on the Disney+ short Once Upon a Lantern.",
			"once upon a lantern", kg.Film},
		{"a title with without a inside",
			"Dev Cooper Dies at 80\n\nDev Cooper, the voice actor, has died. In The Year Without a Lantern (1974), he voiced Tinsel Mott.",
			"year without a lantern", kg.Film},
		{"a sentence opening with like a is no title",
			"Tam Wells Cast\n\nLike a Gull circling, the camera drifts over Gannet Rock (2019).",
			"like a gull", ""},
	}
	runEntityTypeCases(t, cases)
}
