package loaders

import "testing"

// TestDirectedActorsIn checks "D directed P in F" (P acted in F), on
// invented sentences.
func TestDirectedActorsIn(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Mara Quinn and Tom Akers star. Harbor Lights (2019) was a hit for Neon. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two people in a company's title", "Ana Vittor, who directed Akers and Mara Quinn in Neon's Harbor Lights, is behind the camera.",
			[]string{"ACTED_IN tom akers -> harbor lights", "ACTED_IN mara quinn -> harbor lights"}, []string{"DIRECTED ana vittor -> akers"}},
		{"two titles after in", "Director Ana Vittor, who directed Akers in Harbor Lights and Tin Causeway: The Return, knows how to pace a chase.",
			[]string{"ACTED_IN tom akers -> harbor lights", "ACTED_IN tom akers -> tin causeway: the return"}, nil},
		{"title with a describing noun before it", "Vittor previously directed Quinn in the 2013 box-office hit Dust Road.",
			[]string{"ACTED_IN mara quinn -> dust road"}, nil},
		{"a place after in", "Vittor directed Quinn in London last spring.",
			nil, []string{"ACTED_IN mara quinn -> london"}},
		{"a title that runs on is no title", "Vittor directed Quinn in the 2013 hit Dust los Caminos.",
			nil, []string{"ACTED_IN mara quinn -> dust"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
