package loaders

import (
	"testing"
)

// TestRoundupFilms checks that, in a report on several productions, the
// cast of a paragraph that opens with another production goes to that
// production, while the subject's paragraph keeps its own.
func TestRoundupFilms(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"awards roundup",
			"Nominations: 'Harbor Lane' Leads, 'The Glass Orchard' and 'Cold Summit' Close Behind\n\nHarbor Lane led the nominations with 20 nods. Kit Moss plays the matriarch Dana Pike.\n\n" +
				"Right behind with 15 nominations is The Glass Orchard, whose second season was set in Rome. Bo Reyes plays the manager Hal Finch.\n\n" +
				"Elsewhere, Cold Summit landed eight nods. Ada Quist plays the guide Nell Hart.",
			[]string{"ACTED_IN kit moss -> harbor lane (dana pike)", "ACTED_IN bo reyes -> glass orchard (hal finch)", "ACTED_IN ada quist -> cold summit (nell hart)"},
			[]string{"ACTED_IN bo reyes -> harbor lane (hal finch)"}},
		{"ranked sections under numbered headings",
			"Every 'Iron Harbor' Movie, Ranked\n\nKit Moss had been a serious actor for years when Iron Harbor made him a star.\n\n" +
				"3. Iron Harbor 3 (2015)\n\nThe third film drops the old formula. Critics were unkind.\n\nBo Reyes is a welcome addition as Inspector Hal Finch.\n\n" +
				"2. Iron Harbor 2 (2012)\n\nThe action moves to Lisbon. Ada Quist plays the smuggler Nell Hart.\n\n" +
				"1. Iron Harbor (2008)\n\nNothing beats the original.",
			[]string{"ACTED_IN bo reyes -> iron harbor 3 (inspector hal finch)", "ACTED_IN ada quist -> iron harbor 2 (nell hart)"},
			[]string{"ACTED_IN bo reyes -> iron harbor (inspector hal finch)"}},
		{"a paragraph naming no film goes on about the one before",
			"Box Office: 'Cold Summit' Holds as 'Iron Harbor 2' Opens\n\nCold Summit held the top spot for a second weekend. Ada Quist plays the guide Nell Hart.\n\n" +
				"The weekend's newcomer, Skyline's Iron Harbor 2, had to settle for third place.\n\n" +
				"Bo Reyes returns as Hal Finch, this time on holiday.\n\n" +
				"Elsewhere, the drama Glass Orchard opened in fifth place. Kit Moss plays the manager Dana Pike.",
			[]string{"ACTED_IN bo reyes -> iron harbor 2 (hal finch)", "ACTED_IN kit moss -> glass orchard (dana pike)"},
			[]string{"ACTED_IN bo reyes -> cold summit (hal finch)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
