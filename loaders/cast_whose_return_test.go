package loaders

import "testing"

// TestWhoseReturn checks "P, whose C stole the first film, is in talks to
// come back": an earlier film's part that the main clause brings back to
// the production at hand, on invented sentences.
func TestWhoseReturn(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 3' Sets Its Cast\n\nIron Creek 3, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"comes back", "Dana Frell, whose Henry Mills stole much of the first film, is in early talks to come back.",
			[]string{"ACTED_IN dana frell -> iron creek 3 as henry mills"}, nil},
		{"will return", "Dana Frell, whose Henry Mills stole much of the first film, will return.",
			[]string{"ACTED_IN dana frell -> iron creek 3 as henry mills"}, nil},
		{"will not return", "Dana Frell, whose Henry Mills stole much of the first film, will not return.",
			nil, []string{"ACTED_IN dana frell -> iron creek 3 as henry mills"}},
		{"no return word", "Dana Frell, whose Henry Mills stole much of the first film, is directing now.",
			nil, []string{"ACTED_IN dana frell -> iron creek 3 as henry mills"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
