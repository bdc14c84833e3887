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
