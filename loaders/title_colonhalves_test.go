package loaders

import "testing"

// TestColonSubtitleHalves checks joinTypedHalves on a title whose
// subtitle after the colon is one word: the place, name or acronym after
// the small word is the rest of the subtitle; a longer subtitle before a
// place keeps the place out.
func TestColonSubtitleHalves(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		wantEnt, notEnt []string
	}{
		{name: "a one-word subtitle cut before a place",
			text:    "Gravel Hearts tops the weekend\n\nThat ended the three-week reign of Lantern Pictures' Gravel Hearts 2: Lost in Tarrowmere, which slipped to second place with $12.9 million.",
			wantEnt: []string{"Film:gravel hearts 2: lost in tarrowmere"},
			notEnt:  []string{"Film:gravel hearts 2: lost"}},
		{name: "a one-word subtitle cut before a name",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor, for her part, went on to headline Lantern's Wasp-Girl: Counsel at Law on Brightstream, where she plays Ula Brandt.",
			wantEnt: []string{"Film:wasp-girl: counsel at law"},
			notEnt:  []string{"Film:wasp-girl: counsel"}},
		{name: "a longer subtitle before a place",
			text:   "Gravel Hearts tops the weekend\n\nLantern Pictures will release Gravel Hearts: The Quiet Comet in Tarrowmere on Friday.",
			notEnt: []string{"Film:gravel hearts: the quiet comet in tarrowmere"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
