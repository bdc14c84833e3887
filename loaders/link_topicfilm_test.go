package loaders

import "testing"

// TestTopicFilmStopsAtNextPerson checks that the film of "P turns up as C"
// is not looked for past ", and Q", the clause of another person.
func TestTopicFilmStopsAtNextPerson(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Review\n\nIron Creek, the prequel to the Neon series Dust Road, is out now. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"next person's series", "Dana Frell turns up as the sheriff Tilly Fox, and Omar Reyes gives Abel a vanity that pays off years later in the series.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, []string{"ACTED_IN dana frell -> dust road as tilly fox"}},
		{"own clause's film", "Dana Frell turns up as the sheriff Tilly Fox in the series Dust Road.",
			[]string{"ACTED_IN dana frell -> dust road as tilly fox"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
