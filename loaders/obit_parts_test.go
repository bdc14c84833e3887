package loaders

import "testing"

// TestObitParts checks the described parts an obituary lists as its
// person's (obitParts): after "was" right after the person, chained with
// "and", with a relative clause or a place inside, after "and turned up
// as" sharing the sentence's subject; and what stays unread: a crew job, a
// part of another person, a title nothing typed a film.
func TestObitParts(t *testing.T) {
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "was a described part, then a second one after and",
			body: "She was a Soviet negotiator in Ray Dunn's Neap Tide (1989) and a silent Circus clerk in the 1992 thriller Holy Orders. " +
				"She starred in the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> holy orders"},
		},
		{
			name: "a described part with a place and a relative clause",
			body: "She was the organist at the wedding in Ray Dunn's Neap Tide. " +
				"She was the barmaid who throws the band out of a pub in Gerald Brill's Holy Orders (1991). " +
				"She starred in the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> holy orders"},
		},
		{
			name: "and turned up as: the sentence's subject",
			body: "She played Sister Agnes in the film Bench Summons opposite Gerald Brill, and turned up as a grizzled landlady in the 1987 thriller Neap Tide. " +
				"She starred in the film Holy Orders.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide"},
		},
		{
			name: "a crew job, another person's part",
			body: "She was the editor of the bar scenes in the 1990 thriller Neap Tide. Gerald Brill was a grizzled landlord in the 1992 thriller Holy Orders. " +
				"She starred in the film Bench Summons and the film Grey Mile.",
			not: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> holy orders"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := obitFacts(careerPiece(c.body))
			checkLines(t, claims, c.want, c.not)
		})
	}
}
