package loaders

import "testing"

// relClauseHead is an invented article about another film, whose default
// film the "in which" credits must not take.
const relClauseHead = " date 2026-05-01\n'Harbour Lights' review: a quiet triumph\n\nHarbour Lights, a drama from Neon, opens in September. Mara Lindqvist stars as the widow Ilse Brandt.\n\n"

// relClauseCases are invented sentences whose credits stand in a relative
// clause about a film named before it.
var relClauseCases = []struct {
	name      string
	text      string
	want, not []string
}{
	{"title, other title, describing phrase, in which",
		"Vasquez wrote the screenplay with Tobin Hale, his collaborator on The Glass Orchard (Glasgarten), the 2012 drama in which Dana Orrin played Lucas Venn, a teacher.",
		[]string{"ACTED_IN dana orrin -> glass orchard as lucas venn"}, []string{"ACTED_IN dana orrin -> harbour lights as lucas venn"}},
	{"title, a maker's series about, in which",
		"She then crossed to the BBC for Judge Amos Pike, Corin Newell's series about a maverick judge, in which Marten Shale played the title role and she was his court manager, Greta Pond.",
		[]string{"ACTED_IN marten shale -> judge amos pike"}, []string{"ACTED_IN marten shale -> harbour lights"}},
	{"a maker's film, where P appeared opposite Q",
		"His credits include a turn as a heckler in Bo Pellan's indie The Tight Knot, where he appeared opposite Ray Dorran.",
		[]string{"ACTED_IN ray dorran -> tight knot"}, []string{"ACTED_IN ray dorran -> harbour lights"}},
}

// TestRelClauseFilmCredits checks that a credit in an "in which" clause
// goes to the film the clause is about, and that a film the clause names
// itself, or the subject of a story "about" someone, keeps its place.
func TestRelClauseFilmCredits(t *testing.T) {
	cases := append(relClauseCases[:len(relClauseCases):len(relClauseCases)], []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the clause names its own film",
			"He had a small part in The Copper Gate, the 2015 thriller in which Dana Orrin played Lucas Venn in Nightfall Road as well.",
			nil, []string{"ACTED_IN dana orrin -> harbour lights as lucas venn"}},
		{"a drama about a person in which",
			"She advised on Canal Nine's Los Pintores, a six-part drama about Ravel and Orozco in which Tomas Vire played Ravel.",
			[]string{"ACTED_IN tomas vire -> los pintores as ravel"}, []string{"ACTED_IN tomas vire -> ravel as ravel"}},
	}...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, relClauseHead+c.text), c.want, c.not)
		})
	}
}

// TestRelClauseFilmCreditsOff checks that the credits the rule is for are
// not found with it switched off.
func TestRelClauseFilmCreditsOff(t *testing.T) {
	relFilmOn = false
	defer func() { relFilmOn = true }()
	for _, c := range relClauseCases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, relClauseHead+c.text), nil, c.want)
		})
	}
}
