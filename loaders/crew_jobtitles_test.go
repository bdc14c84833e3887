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
		{"a list of jobs and names", "Behind the camera are longtime collaborators: cinematographer Dan Laust, composer Alex Despl and costume designer Kate Hawl.",
			[]string{"WORKED_ON dan laust -> iron creek", "WORKED_ON alex despl -> iron creek", "WORKED_ON kate hawl -> iron creek"}, nil},
		{"director of photography and production designer", "Kasdan has reassembled his crew: director of photography Gyula Pado, who lensed both previous installments, production designer Owen Pater and editor Steve Edw.",
			[]string{"WORKED_ON gyula pado -> iron creek", "WORKED_ON owen pater -> iron creek", "WORKED_ON steve edw -> iron creek"}, nil},
		{"plural job before a list", "Wright has also reunited with editors Paul Mach and Jonathan Amo.",
			[]string{"WORKED_ON paul mach -> iron creek", "WORKED_ON jonathan amo -> iron creek"}, nil},
		{"a job opening the sentence", "Costume designer Paco Delg has dressed the chipmunks in hoodies.",
			[]string{"WORKED_ON paco delg -> iron creek"}, nil},
		{"choreographer", "Longtime franchise choreographer Jamal Sim is back.",
			[]string{"WORKED_ON jamal sim -> iron creek"}, nil},
		{"guard: a designer of something else", "Fashion designer Paco Delg walked the carpet.",
			nil, []string{"WORKED_ON paco delg -> iron creek"}},
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
		{"supplied the score", "Peter Bayn wrote the screenplay, and Mark Mothers supplied the bouncy score.",
			[]string{"WORKED_ON mark mothers -> iron creek"}, []string{"WROTE mark mothers -> iron creek"}},
		{"handles the music", "Daniel Pemb handles the music.",
			[]string{"WORKED_ON daniel pemb -> iron creek"}, []string{"WROTE daniel pemb -> iron creek"}},
		{"back for the music", "David Holm is back for the music.",
			[]string{"WORKED_ON david holm -> iron creek"}, nil},
		{"guard: provides the voice", "Mark Mothers provides the voice of the sheriff.",
			nil, []string{"WORKED_ON mark mothers -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
