package loaders

import "testing"

// untypedCueCases are invented sentences whose credits follow an untyped
// title that a cue right after it marks as a film.
var untypedCueCases = []struct {
	name      string
	text      string
	want, not []string
}{
	{"an untyped title, starring P and Q",
		"At 9:30, Splitting Days, starring Jenna Fisk and Oliver Hurd as a divorced couple, came in at 3.9 million.",
		[]string{"ACTED_IN jenna fisk -> splitting days", "ACTED_IN oliver hurd -> splitting days"}, []string{"ACTED_IN jenna fisk -> harbour lights"}},
}

// TestSentenceFilmUntypedCue checks that a credit goes to an untyped title
// its sentence names before it with a title cue, that a person before
// "starring as" is no title, and that the credits go elsewhere with the
// rule switched off.
func TestSentenceFilmUntypedCue(t *testing.T) {
	const head = " date 2026-05-01\n'Harbour Lights' review: a quiet triumph\n\nHarbour Lights, a drama from Neon, opens in September. Mara Lindqvist stars as the widow Ilse Brandt.\n\n"
	cases := append(untypedCueCases[:len(untypedCueCases):len(untypedCueCases)], []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a person starring as",
			"Later that year, Tom Vell, starring as the villain Oskar Drem, joined the cast.",
			nil, []string{"ACTED_IN tom vell -> tom vell as oskar drem"}},
	}...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
	sentFilmUntypedOn = false
	defer func() { sentFilmUntypedOn = true }()
	for _, c := range untypedCueCases {
		t.Run(c.name+" (rule off)", func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), nil, c.want)
		})
	}
}
