package loaders

import "testing"

// TestTypeContextTitles checks typeContextTitles: a name after "went on
// to" and a verb of making, or before a star noun, is a film; a
// nationality, a verb of a plural subject, a name cut short after a
// capitalised word and a personal name are left alone.
func TestTypeContextTitles(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		wantEnt, notEnt []string
	}{
		{name: "went on to co-create",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt later went on to co-create Copper Lanes with Pim Okafor, and the pair are back.",
			wantEnt: []string{"Film:copper lanes"}},
		{name: "would go on to direct",
			text:    "'Harbor Lights' adds Ula Brandt\n\nThe editor would go on to direct Marrowbay.",
			wantEnt: []string{"Film:marrowbay"}},
		{name: "his one-word X castmate",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt was joined by Teo Vask, his KLX castmate, as a surgeon.",
			wantEnt: []string{"Film:klx"}},
		{name: "two words before alum",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt, a Copper Lanes alum, joins the cast.",
			wantEnt: []string{"Film:copper lanes"}},
		{name: "a nationality before star",
			text:   "'Harbor Lights' adds Ula Brandt\n\nThe cast adds Dell Moss and Brazilian star Ula Brandt.",
			notEnt: []string{"Film:brazilian"}},
		{name: "the verb of a plural subject",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt leads the film. Pim Okafor and Tessaly Moor co-star as her sisters.",
			notEnt: []string{"Film:tessaly moor"}},
		{name: "a name cut short after a capitalised word",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt, a Tuesday Night Revue alum, joins the cast.",
			notEnt: []string{"Film:night revue"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
