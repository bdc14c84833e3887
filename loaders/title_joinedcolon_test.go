package loaders

import "testing"

// TestJoinJoinedSubtitles checks joinJoinedSubtitles: a title joined over
// a small word keeps the subtitle written after its colon, a capitalised
// word or "The" and a production noun; a personal name after the colon
// is left alone.
func TestJoinJoinedSubtitles(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		wantEnt, notEnt []string
	}{
		{name: "a one-word subtitle",
			text: "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor starred in Men in Tweed, written by Dana Tweed, and he was back for Men in Tweed in 2001. " +
				"He turned up in a cameo in the 2019 spin-off Men in Tweed: Highland Run, directed by Dana Holt.",
			wantEnt: []string{"Film:men in tweed: highland run"},
			notEnt:  []string{"Film:highland run"}},
		{name: "The and a production noun",
			text: "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor starred in Men in Tweed, written by Dana Tweed, and he was back for Men in Tweed in 2001. " +
				"He voiced Agent Q for all four seasons of Men in Tweed: The Series, the cartoon.",
			wantEnt: []string{"Film:men in tweed: the series"}},
		{name: "a personal name after the colon",
			text: "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor starred in Men in Tweed, written by Dana Tweed, and he was back for Men in Tweed in 2001. " +
				"Of the cast of Men in Tweed: Jessica Holt was the best.",
			notEnt: []string{"Film:men in tweed: jessica holt"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
