package loaders

import (
	"slices"
	"testing"
)

// TestTitlesWithSmallWords checks that a title with lower-case small words
// inside is read whole and becomes the article's subject film, so that
// its credits attach to it: titles are invented.
func TestTitlesWithSmallWords(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"'to the' inside", " date 2026-05-01\n'Return to the Lighthouse' Sets Its Director\n\nReturn to the Lighthouse is a drama from Neon. The film is directed by Ana Ruiz.",
			"DIRECTED ana ruiz -> return to the lighthouse"},
		{"'in' inside", " date 2026-05-01\n'Girls in Grey' Finds Its Star\n\nGirls in Grey arrives in June. The film stars Tom Akers as Vic Lowe.",
			"ACTED_IN tom akers -> girls in grey as vic lowe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := localFacts(t, c.text); !slices.Contains(got, c.want) {
				t.Errorf("missing %q in %q", c.want, got)
			}
		})
	}
}
