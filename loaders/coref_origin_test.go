package loaders

import (
	"slices"
	"testing"
)

// TestOriginalNotShortForm checks that "the original X" names the first
// film of the series, not the short form of the article's "X: Subtitle",
// while a bare "X" after the full title still is its short form.
func TestOriginalNotShortForm(t *testing.T) {
	ents, _ := subjectFacts("News\n\nLantern Pictures today announced Glowbugs: Into the Night, the next feature in the series. " +
		"The film is directed by Kit Moss, who co-directed the original Glowbugs and directed Glowbugs Forever.")
	for _, w := range []string{"Film:glowbugs: into the night", "Film:glowbugs"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
	ents, _ = subjectFacts("News\n\nLantern Pictures today announced Glowbugs: Into the Night, the next feature in the series. " +
		"Kit Moss will direct Glowbugs, which opens in May.")
	if slices.Contains(ents, "Film:glowbugs") {
		t.Errorf("unwanted Film:glowbugs (a short form); got %v", ents)
	}
}
