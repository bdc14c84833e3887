package loaders

import "testing"

// TestStarGenreCredit checks that a star's name modifying a genre noun
// credits the star with the title apposed to the phrase ("F, the P
// comedy, ...", "the P spy thriller F", "Studio's P comedy F"), and not a
// person the article names as a maker, on invented chart lines.
func TestStarGenreCredit(t *testing.T) {
	const head = " date 2026-05-01\nBox Office: 'Iron Creek' Rides to the Top\n\nIron Creek, a western from Neon, led the weekend with $31 million. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title, the star comedy", "Harbour Nights, the Perrin Vasquez comedy directed by Oren Kask, slipped to second with $12 million.",
			[]string{"ACTED_IN perrin vasquez -> harbour nights"}, nil},
		{"the star thriller title", "Copper Sands (2026) is a thriller from Neon. In third was the Mara Quell spy thriller Copper Sands, with $9.4 million.",
			[]string{"ACTED_IN mara quell -> copper sands"}, nil},
		{"studio's star comedy title", "Pellman Pictures' Tobin Weller comedy Glass Orchard held fourth.",
			[]string{"ACTED_IN tobin weller -> glass orchard"}, nil},
		{"a maker named elsewhere", "Copper Sands, the Lena Ostrova thriller, opened third. Ostrova, who wrote the novel, also produced.",
			nil, []string{"ACTED_IN lena ostrova -> copper sands"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
