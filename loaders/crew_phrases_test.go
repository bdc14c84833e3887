package loaders

import (
	"testing"
)

// TestCrewPhrases checks crewPhrases and the plural crew list with an
// adjective on invented sentences: composers "back on music" or returning
// "for the score", a shared screenplay credit, a cinematographer "lensing",
// "Returning producers are ..."; and phrases about earlier films.
func TestCrewPhrases(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"back on music", "Ola Berg is back on music, and the trailer ends on a new theme.",
			[]string{"WORKED_ON ola berg -> iron creek"}, nil},
		{"again on music duty", "Ola Berg is again on music duty.",
			[]string{"WORKED_ON ola berg -> iron creek"}, nil},
		{"returns for the score", "Ola Berg returns for the score.",
			[]string{"WORKED_ON ola berg -> iron creek"}, nil},
		{"shared screenplay credit", "Ann Lee and Tom Hart share screenplay credit.",
			[]string{"WROTE ann lee -> iron creek", "WROTE tom hart -> iron creek"}, nil},
		{"lensing", "His regular cinematographer, Mika Salo, is lensing on 35mm.",
			[]string{"WORKED_ON mika salo -> iron creek"}, nil},
		{"returning producers", "Returning producers are Ada Quist, Ben Roe and Cy Vance.",
			[]string{"PRODUCED ada quist -> iron creek", "PRODUCED ben roe -> iron creek", "PRODUCED cy vance -> iron creek"}, nil},
		{"back to pen the script", "Rita Sol, who wrote the first film, is back to pen the script.",
			[]string{"WROTE rita sol -> iron creek"}, nil},
		{"a film named before 'in YEAR, directed by'", "He came back for Dust Road: Second Wind in 1995, directed by Ivo Brandt years later.",
			[]string{"DIRECTED ivo brandt -> dust road: second wind"}, []string{"DIRECTED ivo brandt -> iron creek"}},
		{"a compound adjective before the film noun", "Ivo Brandt, who directed the Oscar-winning prospector movie Gold Sand, said no.",
			[]string{"DIRECTED ivo brandt -> gold sand"}, []string{"DIRECTED ivo brandt -> oscar-winning"}},
		{"a person's remake of a title", "He was Ben in Ivo Brandt's 1990 remake of Night of the Owls.",
			[]string{"DIRECTED ivo brandt -> night of the owls"}, nil},
		{"a described score", "Ola Berg's synth score still gives us chills.",
			[]string{"WORKED_ON ola berg -> iron creek"}, nil},
		{"from showrunner after a title", "Lumio cancelled the spy drama Blue Fox, and the series Hollow Reach, from showrunner Ada Quist, will end.",
			[]string{"PRODUCED ada quist -> hollow reach", "DISTRIBUTED lumio -> blue fox"}, []string{"PRODUCED ada quist -> iron creek"}},
		{"guard: lensed earlier films", "Gus Pade, who lensed both previous installments, directs.",
			nil, []string{"WORKED_ON gus pade -> iron creek"}},
		{"guard: music with no return", "Music on set was loud, said Ola Berg.",
			nil, []string{"WORKED_ON ola berg -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
