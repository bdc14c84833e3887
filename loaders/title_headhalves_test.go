package loaders

import "testing"

// TestJoinFilmHeads checks joinFilmHeads and lateFilmHeads: an untyped
// head, a small title word and the film the typing found after it are one
// title; a part before "in" or "on" after a verb, a part after "as" and
// a name the article uses on its own are left alone.
func TestJoinFilmHeads(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		wantEnt, notEnt []string // entities
	}{
		{name: "a chart film cut at for",
			text:    "Weekend box office\n\nGravel Hearts led the weekend with $40 million. Rounding out the top five was Inn for Strays, from Brightwater Pictures and Kestrel Films, with $17 million.",
			wantEnt: []string{"Film:inn for strays"},
			notEnt:  []string{"Film:strays"}},
		{name: "a film with a year cut at to",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor found steadier work on Ferry to Larkmoor (1984), an NBC series about a drifter, before Gravel Hearts.",
			wantEnt: []string{"Film:ferry to larkmoor"},
			notEnt:  []string{"Film:larkmoor"}},
		{name: "a chart film cut at on the",
			text:    "Weekend box office\n\nGravel Hearts opened to $28.7 million in November, while Murder on the Tarrow, delayed repeatedly by the pandemic, debuted to $12.8 million.",
			wantEnt: []string{"Film:murder on the tarrow"},
			notEnt:  []string{"Film:tarrow"}},
		{name: "a part after a verb and in",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nUla Brandt, his former co-star, played Marlo in Gravel Hearts 2 and Tam Vessel in Wasp Summer.",
			notEnt: []string{"Film:marlo in gravel hearts 2"}},
		{name: "a part after as",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nEveryone now knows Ula Brandt as Marlo from Gravel Hearts (2019), so we're very proud.",
			notEnt: []string{"Film:marlo from gravel hearts"}},
		{name: "a capitalised common word opening its sentence",
			text:   "Weekend box office\n\nGravel Hearts led the weekend. Tickets for Wasp Summer, from Kestrel Films, go on sale Friday at participating theaters.",
			notEnt: []string{"Film:tickets for wasp summer"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			_ = claims
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
