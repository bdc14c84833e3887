package loaders

import "testing"

// TestCastNews checks casting news read at the person ("P has boarded
// F", "P is in talks to join F") and the shapes that give nothing (crew
// news, a part named after "as", a later name of a list), on invented
// sentences.
func TestCastNews(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"has boarded", "Karl Meyer has boarded Copper Vale 3, the next chapter of the heist franchise, sources tell us.",
			[]string{"ACTED_IN karl meyer -> copper vale 3"}, nil},
		{"in talks to join", "Karl Meyer is in early talks to join Copper Vale 3, insiders tell us.",
			[]string{"ACTED_IN karl meyer -> copper vale 3"}, nil},
		{"boarded as director", "Karl Meyer has boarded Copper Vale 3 as director, sources tell us.",
			nil, []string{"ACTED_IN karl meyer -> copper vale 3"}},
		{"in talks to direct", "Karl Meyer is in talks to direct Copper Vale 3.",
			nil, []string{"ACTED_IN karl meyer -> copper vale 3", "ACTED_IN karl meyer -> iron creek"}},
		{"joins a person", "Karl Meyer is in talks to join Lena Frey in Copper Vale 3.",
			nil, []string{"ACTED_IN karl meyer -> lena frey"}},
		{"part after as left to the as readings", "Karl Meyer is in negotiations to return as Sven Dahl in the sixth film, sources tell us.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
