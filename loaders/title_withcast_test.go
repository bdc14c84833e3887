package loaders

import "testing"

// TestTypeWithCastTitles checks typeWithCastTitles: a name opening its
// sentence or after an owner's possessive, before ", with P as C", is a
// film that takes the cast; a part before the same clause, a personal
// name and a place are left alone.
func TestTypeWithCastTitles(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		wantEnt, notEnt []string
		wantRel         []string
	}{
		{name: "opening the sentence",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt leads the film. Copper Lanes, with Pim Okafor as the night nurse Dell Moss, drew 4 million viewers.",
			wantEnt: []string{"Film:copper lanes"},
			wantRel: []string{"ACTED_IN pim okafor -> copper lanes (dell moss)"}},
		{name: "after an owner's possessive",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt leads the film. Elsewhere, Vellum's Marrow Bay, with Pim Okafor and Tessaly Moor as the sisters, held second.",
			wantEnt: []string{"Film:marrow bay"}},
		{name: "with a year in brackets",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt leads the film. Glasswater (2011), with Pim Okafor back as Dell Moss, was the first.",
			wantEnt: []string{"Film:glasswater"}},
		{name: "a part before the clause",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt stars as Marta Quell, with Pim Okafor as Dell Moss.",
			notEnt: []string{"Film:marta quell"}},
		{name: "a place opening the sentence",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt leads the film. London, with Pim Okafor as a guide, is the setting.",
			notEnt: []string{"Film:london"}},
		{name: "no part after the names",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt leads the film. Copper Lanes, with Pim Okafor, drew 4 million viewers.",
			notEnt: []string{"Film:copper lanes"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, rels := subjectFacts(c.text)
			checkLines(t, ents, c.wantEnt, c.notEnt)
			checkLines(t, rels, c.wantRel, nil)
		})
	}
}
