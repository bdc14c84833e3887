package loaders

import "testing"

// TestLateRoleFilms checks lateRoleFilms: an untyped name closing its
// clause after a part named after a verb of playing and "in" is a film,
// and the actor's credit for the part moves to it (or to the longer title
// the name is a short form of); without the verb, before a possessive, or
// a one-word name written only there (a place as often), the name is left
// alone.
func TestLateRoleFilms(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		want, notWant   []string // claims
		wantEnt, notEnt []string // entities
	}{
		{name: "appeared as a part in a film",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt, who appeared as Sergeant Dell Moss in Kettle, is also back. Harbor Lights opens where last year's Kettle ended.",
			want:    []string{"ACTED_IN ula brandt -> kettle (sergeant dell moss)"},
			notWant: []string{"ACTED_IN ula brandt -> harbor lights (sergeant dell moss)"},
			wantEnt: []string{"Film:kettle"}},
		{name: "playing a kin part",
			text:    "'Harbor Lights' adds Ula Brandt\n\nUla Brandt, who broke out playing her mother Rosa Kell in Gray Tides, joins Harbor Lights.",
			want:    []string{"APPEARS_IN rosa kell -> gray tides"},
			wantEnt: []string{"Film:gray tides"}},
		{name: "a short form of a longer title",
			text:   "'Harbor Lights' adds Ula Brandt\n\nThe cast of Kettle: The Gray Tides was large. Ula Brandt, who appeared as Sergeant Dell Moss in Gray Tides, is back in Harbor Lights.",
			want:   []string{"ACTED_IN ula brandt -> kettle: the gray tides (sergeant dell moss)"},
			notEnt: []string{"Film:gray tides"}},
		{name: "a one-word name written once",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt, who appeared as Sergeant Dell Moss in Pellham, is also back.",
			notEnt: []string{"Film:pellham"}},
		{name: "no verb of playing",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt plays the guard who protected Senator Dell Moss in Kettle, a border town.",
			notEnt: []string{"Film:kettle"}},
		{name: "a possessive after the name",
			text:   "'Harbor Lights' adds Ula Brandt\n\nUla Brandt, who appeared as Dell Moss in Pim Okafor's drama, is back.",
			notEnt: []string{"Film:pim okafor"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
