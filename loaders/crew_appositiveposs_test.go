package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCrewAppositivePossessive: "F, the director's second feature" names
// the crew member's work, not F's job; "P, the film's co-director" still
// gives P the job.
func TestCrewAppositivePossessive(t *testing.T) {
	tests := []struct {
		name, text, key string
		want            kg.NodeType
	}{
		{"the screenwriter's first film", "Obit\n\nHe was in his 30s when Morrow cast him in Copper Lantern, the screenwriter's first film as a director. It was a hit.\n", "copper lantern", kg.Film},
		{"the director's second feature", "Obit\n\nHe was in his 30s when Morrow cast him in Copper Lantern, the director's second feature. It was a hit.\n", "copper lantern", kg.Film},
		{"the first film's co-director", "Sequel Set\n\nDana Vell, the first film's co-director, returns to direct Copper Lantern 2.\n", "dana vell", kg.Person},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runArticle(t, tc.text)
			for _, m := range a.ments {
				if m.key == tc.key && m.typ != tc.want {
					t.Errorf("%q typed %q, want %q", m.text, m.typ, tc.want)
				}
			}
		})
	}
}
