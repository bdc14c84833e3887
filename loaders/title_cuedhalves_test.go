package loaders

import "testing"

// TestJoinCuedHalves checks joinCuedHalves: two untyped names joined by a
// small title word are one film title when an owner's possessive or a
// capitalised "The" inside the sentence stands before them; a person or
// a channel after "with", "for" or "on", a place after "in", a prize
// and two names listed after an owner are left alone.
func TestJoinCuedHalves(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		wantEnt, notEnt []string
	}{
		{name: "an owner's title cut at by the",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nIn competition, Tam Wenlow's Carried by the Lanterns, a long love story, opened the festival.",
			wantEnt: []string{"Film:carried by the lanterns"},
			notEnt:  []string{"Character:carried"}},
		{name: "an owner's title cut at at",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nThe network's Wedded at First Glance had the biggest audience of the week.",
			wantEnt: []string{"Film:wedded at first glance"}},
		{name: "a capitalised The inside a sentence",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nHe co-wrote The Shack in the Pines with Dana Holt.",
			wantEnt: []string{"Film:shack in the pines"}},
		{name: "a capitalised The after a comma",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nThe weekend brings the studio's thriller, The Short Road to Tarvik, in which Pim Okafor plays a medic.",
			wantEnt: []string{"Film:short road to tarvik"}},
		{name: "an owner's title cut at a",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nFurther down the chart, the studio's Sing Like a Heron slipped to third.",
			wantEnt: []string{"Film:sing like a heron"}},
		{name: "a credit noun and on before a title",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor had a recurring role on Quarrel at Dunmore before she joined Gravel Hearts.",
			wantEnt: []string{"Film:quarrel at dunmore"}},
		{name: "a writing verb before a title",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor, who had written Kettle and the Moonrise for the stage, adapts it.",
			wantEnt: []string{"Film:kettle and the moonrise"}},
		{name: "two names listed after and an",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nThe studio's Vell Tomatoes and an Orla were both cited.",
			notEnt: []string{"Film:vell tomatoes and an orla"}},
		{name: "a person after with",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nHe wrote Kestrel's Ferry with Dana Holt.",
			notEnt: []string{"Film:ferry with dana holt"}},
		{name: "a place after in",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nThe studio's Lanterns in Paris opens Friday.",
			notEnt: []string{"Film:lanterns in paris"}},
		{name: "a prize at a festival",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nThe film took the Critics' Week Grand Prize at Vellano in 2000.",
			notEnt: []string{"Film:week grand prize at vellano"}},
		{name: "two names listed after an owner",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nThe deal covers Orlan's Vesk and Marlow studios.",
			notEnt: []string{"Film:vesk and marlow"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
