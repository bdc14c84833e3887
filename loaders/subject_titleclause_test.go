package loaders

import "testing"

// TestTitleClauseFilms checks titleClauseFilms: a credit whose film would
// be the article's subject goes to the title its own sentence ties it to,
// the title whose describing clause holds the person or the title right
// after the part; a title named as a time, a source book or before the
// sentence's own past-tense verb does not take it.
func TestTitleClauseFilms(t *testing.T) {
	lead := "Studio Orders 'Iron Warden: Harbor' Series\n\n" +
		"The studio has ordered Iron Warden: Harbor, a new drama series, for its streamer. Ada Pell will write the series.\n\n"
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"which starred",
			"It follows the 2011 film Steel Gate, the first installment, which starred Kit Moss as Alex Vane.",
			[]string{"ACTED_IN kit moss -> steel gate (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"appositive that starred",
			"Its model is the film Steel Gate, the 2011 thriller that starred Kit Moss as Alex Vane.",
			[]string{"ACTED_IN kit moss -> steel gate (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"directed by",
			"The writers admire the 2011 film Steel Gate, directed by Dan Ruiz and starring Kit Moss.",
			[]string{"DIRECTED dan ruiz -> steel gate"}, []string{"DIRECTED dan ruiz -> iron warden: harbor"}},
		{"past verb of the sentence",
			"Kit Moss, a writer on the 2011 film Steel Gate, directed the pilot.",
			[]string{"DIRECTED kit moss -> iron warden: harbor"}, []string{"DIRECTED kit moss -> steel gate"}},
		{"in the title after the part",
			"Kit Moss, who played Alex Vane in the 2011 film Steel Gate, joins the cast.",
			[]string{"ACTED_IN kit moss -> steel gate (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"in the anime series after the part",
			"Kit Moss voiced Alex Vane in Orbix's anime series Steel Gate: Dawn, which ran for two years.",
			[]string{"ACTED_IN kit moss -> steel gate: dawn (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"the opening title yields to the described one",
			"Iron Warden: Harbor is a reboot of the 2011 film Steel Gate, which starred Kit Moss as Alex Vane.",
			[]string{"ACTED_IN kit moss -> steel gate (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"a source book is not the production",
			"The writers love the 2011 novel Steel Gate, which Kit Moss adapted for the stage.",
			nil, []string{"WROTE kit moss -> steel gate"}},
		{"second of a cast list in an appositive",
			"It follows Steel Gate, the 2011 follow-up that starred Kit Moss as Alex Vane, founder of the club, and Dana Roe as Joe Park.",
			[]string{"ACTED_IN dana roe -> steel gate (joe park)"}, []string{"ACTED_IN dana roe -> iron warden: harbor (joe park)"}},
		{"director after a starring list",
			"It was the second attempt: Steel Gate, a 2011 feature starring Kit Moss as Alex and directed by Dan Ruiz, flopped.",
			[]string{"DIRECTED dan ruiz -> steel gate"}, []string{"DIRECTED dan ruiz -> iron warden: harbor"}},
		{"which the writer wrote",
			"It is set in the same world as the 2011 film Steel Gate, which Dan Ruiz wrote and produced.",
			[]string{"PRODUCED dan ruiz -> steel gate"}, []string{"PRODUCED dan ruiz -> iron warden: harbor"}},
		{"with the actor back",
			"He returned at the helm of the 2011 film Steel Gate II, with Kit Moss back as the hunter Alex Vane, then made a western.",
			[]string{"ACTED_IN kit moss -> steel gate ii (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"owner's title after the part",
			"Could Kit Moss, who plays the Iron Knight in Dan Ruiz's Steel Gate, turn up in a cameo?",
			[]string{"ACTED_IN kit moss -> steel gate (iron knight)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (iron knight)"}},
		{"a time, not the production",
			"After the 2011 film Steel Gate, which was a hit, Kit Moss joined the cast as Alex Vane.",
			nil, []string{"ACTED_IN kit moss -> steel gate (alex vane)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, datedClaims(lead+c.text, "2025-01-29"), c.want, c.not)
		})
	}
}

// TestDemonstrativeWeakFilm checks lastFilmBefore: "That season" goes back
// to the production the sentence before names even when only a weak cue
// typed it, and never across a paragraph break.
func TestDemonstrativeWeakFilm(t *testing.T) {
	lead := "Studio Orders 'Iron Warden: Harbor' Series\n\n" +
		"The studio has ordered Iron Warden: Harbor, a new drama series, for its streamer. Ada Pell will write the series.\n\n"
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"weakly typed title before",
			"The anthology launched in 2016 with The Case of Tom Vance, which won nine awards. That season, created by Dan Ruiz, starred Kit Moss as Alex Vane.",
			[]string{"ACTED_IN kit moss -> case of tom vance (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"across a paragraph break",
			"The anthology launched in 2016 with The Case of Tom Vance, which won nine awards.\n\nThat season, created by Dan Ruiz, starred Kit Moss as Alex Vane.",
			nil, []string{"ACTED_IN kit moss -> case of tom vance (alex vane)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, datedClaims(lead+c.text, "2025-01-29"), c.want, c.not)
		})
	}
}
