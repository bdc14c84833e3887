package loaders

import "testing"

// TestBrokeOut checks "P broke out in F" read at the person, and that a
// later cast verb of the clause leaves the sentence to its own credit,
// on invented sentences.
func TestBrokeOut(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"plain", "Karl Meyer broke out in Copper Vale and Salt Harbour, the latter of which won him an award.",
			[]string{"ACTED_IN karl meyer -> copper vale"}, nil},
		{"maker's film in a relative clause", "Karl Meyer, who broke out in Ida Krug's Copper Vale, is repped by a big agency.",
			[]string{"ACTED_IN karl meyer -> copper vale"}, nil},
		{"later cast verb", "Karl Meyer, who broke out in Copper Vale, will play Sven Dahl.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, []string{"ACTED_IN karl meyer -> copper vale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
