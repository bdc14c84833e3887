package loaders

import "testing"

// TestObitPartsAfterVerb checks the described parts an obituary lists
// after an acting verb (obitParts with obitActVerbs), the list going on
// past a title's co-stars and appositive, "her last role was ...", a
// part in "the YEAR COMPANY drama T", and what stays unread: another
// person's parts.
func TestObitPartsAfterVerb(t *testing.T) {
	const more = " She starred in the film Bench Summons and the film Grey Mile."
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "played a long described part, then a second past an appositive",
			body: "She played the baker who sells bread at the harbour fish market in Neap Tide (2011), Ray Dunn's family saga starring Tom Hale, " +
				"and a prison guard in Gerald Brill's Holy Orders (2013)." + more,
			want: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> holy orders"},
		},
		{
			name: "a second part past the first one's co-star",
			body: "Pellegrini played a judge in Neap Tide (1998) opposite Tom Hale, and a kindly nun in Holy Orders (2004), the Ray Dunn vehicle produced by Gerald Brill." + more,
			want: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> holy orders"},
		},
		{
			name: "her last role was as a part in the year company drama",
			body: "Her last screen role was as a banker's widow in the 2020 ZTV drama Holy Orders, which starred Tom Hale." + more,
			want: []string{"ACTED_IN odile pellegrini -> holy orders"},
		},
		{
			name: "her last role was an episode of a series",
			body: "Her last role was a single episode of the Zephyr series Holy Orders in 2019." + more,
			want: []string{"ACTED_IN odile pellegrini -> holy orders"},
		},
		{
			name: "another person's part",
			body: "Tom Hale played the baker who sells bread in Neap Tide (2011), and a prison guard in Holy Orders (2013)." + more,
			not:  []string{"ACTED_IN odile pellegrini -> holy orders", "ACTED_IN odile pellegrini -> neap tide"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(careerPiece(c.body))
			checkLines(t, claims, c.want, c.not)
		})
	}
}
