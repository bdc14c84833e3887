package loaders

import "testing"

// TestWhichStarredFilm checks "F, which starred A as C and B as D": the
// cast of a relative clause goes to the title it hangs on, not to the
// film the article is about, on invented sentences.
func TestWhichStarredFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two pairs after which starred", "The studio first adapted the novel in 2012 with The Dry Gulch, which starred Dana Frell as Henry and Omar Reyes as Rosie and grossed $90 million.",
			[]string{"ACTED_IN dana frell -> dry gulch as henry", "ACTED_IN omar reyes -> dry gulch as rosie"},
			[]string{"ACTED_IN dana frell -> iron creek 2 as henry", "ACTED_IN omar reyes -> iron creek 2 as rosie"}},
		{"a person's which is no title", "She met Dana Frell, which starred in the film, at a party.",
			nil, []string{"ACTED_IN dana frell -> dana frell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
