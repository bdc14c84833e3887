package loaders

import "testing"

// TestNumberTitleStart checks numberTitleStart's list and year cues: a
// number and two capitalised words in a list of works after a comma or a
// bracket, and a number, one capitalised word and a year in brackets, are
// titles; a count of prizes in a list, and a count before a common word,
// are not.
func TestNumberTitleStart(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		wantEnt, notEnt []string
	}{
		{name: "a number title in a bracketed list",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor (Quarrelsome, 41 Winters Later, Ferrymen) directed all six episodes of Gravel Hearts.",
			wantEnt: []string{"Film:41 winters later"}},
		{name: "a number title with a year",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nDana Holt also wrote 33 Lanterns (2003), which Pim Okafor shot in Dunmore.",
			wantEnt: []string{"Film:33 lanterns"},
			notEnt:  []string{"Film:lanterns"}},
		{name: "a count of prizes in a list",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nGravel Hearts won two Gold Reels, 3 Emmy Awards and a Peabody.",
			notEnt: []string{"Film:3 emmy awards"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
