package loaders

import (
	"strings"
	"testing"
)

// TestColonBaseTitles checks colonBaseTitle: a one-word base that is also
// a surname of the article's people opens a title with a colon subtitle
// when the article writes the base alone in quotes or with a subtitle
// twice; with no such evidence, or as a label opening a line, the
// surname and the colon stay apart.
func TestColonBaseTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the base quoted alone",
			"How to watch 'Vellmar' tonight.\n\nDetective Harry Vellmar is back. The network has ordered a spin-off, Vellmar: Reckoning, for the spring.",
			[]string{"vellmar: reckoning"}, []string{"reckoning"}},
		{"the base written with two subtitles",
			"Jorund Kaelix leads the cast again. Kaelix: The Dawn opened in 2015, and Kaelix: The Last War is in the works.",
			[]string{"kaelix: the last war"}, nil},
		{"a spin-off noun before the base",
			"Detective Harry Bostwick returns. The network ordered a spin-off, Bostwick: Legacy, for the spring.",
			[]string{"bostwick: legacy"}, nil},
		{"a surname and a colon with no title evidence",
			"Tamsin Oxbury spoke after the screening. The producer thanked Oxbury: Marrowgate Films paid for the reshoots.",
			nil, []string{"oxbury: marrowgate films"}},
		{"a label opening a line",
			"Meet 'Pellow' star Dana Pellow.\n\nWhat came next?\n\nPellow: Harbourlight Nights came next.",
			nil, []string{"pellow: harbourlight nights"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var keys []string
			for _, l := range mentionTypes(c.text) {
				keys = append(keys, l[:strings.LastIndexByte(l, '=')])
			}
			checkLines(t, keys, c.want, c.not)
		})
	}
}
