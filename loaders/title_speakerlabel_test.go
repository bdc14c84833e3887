package loaders

import (
	"strings"
	"testing"
)

// TestRepeatedSpeakerLabels checks repeatedLabel without "Q:" labels: a
// capitalised word and a colon opening three lines or more is an
// interview's speaker label, no part of the name after it; one opening
// only two lines of such an article may be a title and its subtitle.
func TestRepeatedSpeakerLabels(t *testing.T) {
	interview := "Talking shop with the makers\n\nWhat changed this year?\n\nMarlo: Saltmoor Rising came first, and we wrote it fast.\n\n" +
		"And the cast?\n\nMarlo: Greyfield Nights had the same crew.\n\nAny regrets?\n\nMarlo: None at all."
	titles := "A sequel review\n\nRidgeway: Dawn Patrol opens Friday.\n\nRidgeway: Dawn Patrol is better than it should be."
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"three labelled lines", interview, []string{"saltmoor rising", "greyfield nights"}, []string{"marlo: saltmoor rising", "marlo: greyfield nights"}},
		{"a title opening two paragraphs", titles, []string{"ridgeway: dawn patrol"}, nil},
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
