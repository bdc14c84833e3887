package loaders

import "testing"

// filmBetweenHead opens an invented obituary whose person the pronouns
// stand for.
const filmBetweenHead = " date 2026-05-01\nDorian Vell, the rumpled character actor who turned cops and crooks into memorable faces, has died. He was 80.\n\nVell died Friday at a hospital in Dayton, his manager said.\n\n"

var filmBetweenCases = []struct{ name, text, line string }{
	{"a named person cast again in F as C", "In Ada Marsh's Tin Kettle Pass, written by Ben Oake, Lena Frey was Cody Brand, one of the deputies on Pip Lane's trail. Marsh cast Lena Frey again in Wild Born Rangers as Tobin Reece, the farmer chasing Joe and Ann.",
		"ACTED_IN lena frey -> wild born rangers as tobin reece"},
}

// TestFilmBetweenCredits checks that the title between a person's verb and
// "as C" takes the credit, on invented sentences.
func TestFilmBetweenCredits(t *testing.T) {
	for _, c := range filmBetweenCases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, filmBetweenHead+c.text), []string{c.line}, nil)
		})
	}
}

// TestFilmBetweenCreditsOff checks that those credits are not found with
// the rule switched off.
func TestFilmBetweenCreditsOff(t *testing.T) {
	filmBetweenOn = false
	defer func() { filmBetweenOn = true }()
	for _, c := range filmBetweenCases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, filmBetweenHead+c.text), nil, []string{c.line})
		})
	}
}
