package loaders

import "testing"

// TestParenWorks checks typeParenWorks: the bracketed works after a
// maker's name are films, named in passing (the film the next clause
// calls "the film" stays the article's); a bracketed part and player
// after an actor, and a channel and a weekday after a title, are left
// alone.
func TestParenWorks(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		want, notWant   []string // claims
		wantEnt, notEnt []string // entities
	}{
		{name: "two credits after a director",
			text:    "Gravel Hearts tops the weekend\n\nGravel Hearts opened first with $20 million.\n\nDirected by Perrin Vasquez (Salt Ledger, Quiet Harbour), the film follows two sisters in Tarrowmere.",
			wantEnt: []string{"Film:salt ledger", "Film:quiet harbour"}},
		{name: "the film after the credits is the paragraph's",
			text:    "Box Office: 'Copper Wren' Leads as 'Gravel Hearts' Opens Big\n\nMoviegoers went out this weekend, as Lantern's Copper Wren took first place and Brass's Gravel Hearts posted a strong opening.\n\nCopper Wren, starring Ula Brandt, grossed $31 million.\n\nGravel Hearts came in second with $20 million from 1,600 theaters.\n\nDirected by Perrin Vasquez (Salt Ledger, Quiet Harbour), the film traces the life of a singer.",
			want:    []string{"DIRECTED perrin vasquez -> gravel hearts"},
			notWant: []string{"DIRECTED perrin vasquez -> copper wren"},
			wantEnt: []string{"Film:salt ledger", "Film:quiet harbour"}},
		{name: "three credits before the verb",
			text:    "Gravel Hearts arrives on Friday\n\nOlan Threlkeld (Lantern Row, Brass Orchard, Tin Moon) directed all six episodes of Gravel Hearts.",
			wantEnt: []string{"Film:lantern row", "Film:brass orchard", "Film:tin moon"}},
		{name: "a part and a player after an actor",
			text:   "Gravel Hearts returns\n\nOlan Threlkeld (Tam Vessel, Player 12) and Perrin Vasquez also return in Gravel Hearts.",
			notEnt: []string{"Film:tam vessel"}},
		{name: "a channel and a weekday after a title",
			text:   "Ratings this week\n\nGravel Hearts (Brass Channel, Friday) led the night with 7.8 million viewers.",
			notEnt: []string{"Film:brass channel"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
