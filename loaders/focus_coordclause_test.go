package loaders

import "testing"

// coordClauseCases are invented sentences where a cast statement's film,
// read forward, must stop at a coordinated clause with a predicate of its
// own.
var coordClauseCases = []struct {
	name      string
	text      string
	want, not []string
}{
	{"a clause of its own with a film of its own",
		"On Starport, Walt Brenn played the warden's gloomy deputy, Sergeant Krollan, in four episodes, and voiced a talking vending machine in the direct-to-video film Bender's Big Heist.",
		[]string{"ACTED_IN walt brenn -> starport as sergeant krollan"}, []string{"ACTED_IN walt brenn -> bender's big heist as sergeant krollan"}},
}

// TestCoordClauseFilm checks that the film read forward from a cast
// statement stops at ", and" opening a clause of its own, and that the
// credit goes to the later film with the rule switched off.
func TestCoordClauseFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Harbour Lights' review: a quiet triumph\n\nHarbour Lights, a drama from Neon, opens in September. Mara Lindqvist stars as the widow Ilse Brandt.\n\n"
	cases := coordClauseCases
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
	coordClauseOn = false
	defer func() { coordClauseOn = true }()
	for _, c := range coordClauseCases {
		t.Run(c.name+" (rule off)", func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), nil, c.want)
		})
	}
}
