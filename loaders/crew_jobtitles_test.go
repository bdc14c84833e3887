package loaders

import "testing"

// TestJobTitles checks crew job titles before a name: two-word jobs
// ("production designer P", "costume designer P", "stunt coordinator
// P", "director of photography P"), plural jobs before a list ("editors
// A and B"), a choreographer, and a job opening the sentence.
func TestJobTitles(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a list of jobs and names", "Behind the camera are longtime collaborators: cinematographer Dan Overby, composer Alex Marlby and costume designer Kate Brannoch.",
			[]string{"WORKED_ON dan overby -> iron creek", "WORKED_ON alex marlby -> iron creek", "WORKED_ON kate brannoch -> iron creek"}, nil},
		{"director of photography and production designer", "Varnick has reassembled his crew: director of photography Imre Dorsz, who lensed both previous installments, production designer Owen Lisle and editor Steve Rannoch.",
			[]string{"WORKED_ON imre dorsz -> iron creek", "WORKED_ON owen lisle -> iron creek", "WORKED_ON steve rannoch -> iron creek"}, nil},
		{"plural job before a list", "Penrose has also reunited with editors Paul Severn and Jonathan Kettleby.",
			[]string{"WORKED_ON paul severn -> iron creek", "WORKED_ON jonathan kettleby -> iron creek"}, nil},
		{"a job opening the sentence", "Costume designer Paco Urrutia has dressed the chipmunks in hoodies.",
			[]string{"WORKED_ON paco urrutia -> iron creek"}, nil},
		{"choreographer", "Longtime franchise choreographer Jamal Orrin is back.",
			[]string{"WORKED_ON jamal orrin -> iron creek"}, nil},
		{"guard: a designer of something else", "Fashion designer Paco Urrutia walked the carpet.",
			nil, []string{"WORKED_ON paco urrutia -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestScoreVerbs checks the verbs that credit a composer through the
// film's music as their object ("supplied the bouncy score", "handles
// the music") and "is back for the music".
func TestScoreVerbs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"supplied the score", "Peter Coldwell wrote the screenplay, and Mark Quillan supplied the bouncy score.",
			[]string{"WORKED_ON mark quillan -> iron creek"}, []string{"WROTE mark quillan -> iron creek"}},
		{"handles the music", "Daniel Rooke handles the music.",
			[]string{"WORKED_ON daniel rooke -> iron creek"}, []string{"WROTE daniel rooke -> iron creek"}},
		{"back for the music", "David Thistle is back for the music.",
			[]string{"WORKED_ON david thistle -> iron creek"}, nil},
		{"guard: provides the voice", "Mark Quillan provides the voice of the sheriff.",
			nil, []string{"WORKED_ON mark quillan -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
