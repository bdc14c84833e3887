package loaders

import (
	"strings"
	"testing"
)

// TestSubtitleTails checks extendRun's titles that go on past a small
// word or a number: a colon subtitle of two nouns joined by "and the", a
// noun, "of" and an elided year, and a far year after two capitalised
// words; a near year (an event's) and a long "and the" list stay out.
func TestSubtitleTails(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"colon subtitle with and the",
			"News\n\nGullhaven Lights: The Lantern and the Tide opened on Sunday night.",
			[]string{"gullhaven lights: the lantern and the tide"}, []string{"gullhaven lights: the lantern"}},
		{"elided year after of",
			"News\n\nThe studio dated Tidewell High: Class of '88 for spring.",
			[]string{"tidewell high: class of '88"}, []string{"tidewell high: class"}},
		{"far year",
			"News\n\nShe also wrote Star Courier 2077, the sequel.",
			[]string{"star courier 2077"}, nil},
		{"near year dates an event",
			"News\n\nThe film premiered at the Harbor Film Festival 2024 in June.",
			nil, []string{"harbor film festival 2024"}},
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
