package loaders

import "testing"

// TestGenreWithCast checks a genre or film noun taking its cast with
// "with": "F, a comedy with A and B", "the caper F with A and B".
func TestGenreWithCast(t *testing.T) {
	const head = " date 2026-05-01\nWeekend Box Office: 'Iron Creek' Opens on Top\n\nIron Creek, a western from Neon, opened in first place with $12 million. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"article appositive", "Paramount's Tin Meadow, a comedy with Gus Garrow and Hal Hollis, rounded out the top five.",
			[]string{"ACTED_IN gus garrow -> tin meadow", "ACTED_IN hal hollis -> tin meadow"}, nil},
		{"owner's appositive", "Nor does it nod to 2010's Harbor Lights, Joe Tennick's lavish Victorian remake with Anna Abell and Bea Bracken.",
			[]string{"ACTED_IN anna abell -> harbor lights", "ACTED_IN bea bracken -> harbor lights"}, nil},
		{"about phrase after the noun", "Fourth was Glass Orchard, Fen Lisle's comedy about aid workers in the Balkans with Cal Corrin and Dee Dorran, on $310,000.",
			[]string{"ACTED_IN cal corrin -> glass orchard", "ACTED_IN dee dorran -> glass orchard"}, nil},
		{"title after the noun", "His previous film, the con-artist caper The Brothers Vell with Lou Lomax and Mo Mallory, had the same appetite.",
			[]string{"ACTED_IN lou lomax -> brothers vell", "ACTED_IN mo mallory -> brothers vell"}, nil},
		{"one person is left alone", "Paramount's Tin Meadow, a comedy with Gus Garrow, rounded out the top five.",
			nil, []string{"ACTED_IN gus garrow -> tin meadow"}},
		{"a verb between noun and with", "The comedy opened with Gus Garrow and Hal Hollis.",
			nil, []string{"ACTED_IN gus garrow -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
