package loaders

import "testing"

// TestRelativeVerbChain checks that every crew verb of a relative clause
// after a film ("F, which P wrote and directed") credits the clause's
// subject, and that another subject in the chain stops it.
func TestRelativeVerbChain(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one verb", "The film was shot in Utah. Netflix's Iron Creek, which Dora Vance directed, premiered at Venice.",
			[]string{"DIRECTED dora vance -> iron creek"}, nil},
		{"two verbs", "The film was shot in Utah. Netflix's Iron Creek, which Dora Vance wrote and directed, premiered at Venice.",
			[]string{"WROTE dora vance -> iron creek", "DIRECTED dora vance -> iron creek"}, nil},
		{"an adverb before the chain", "The film was shot in Utah. Netflix's Iron Creek, which Dora Vance also wrote and directed, premiered at Venice.",
			[]string{"WROTE dora vance -> iron creek", "DIRECTED dora vance -> iron creek"}, nil},
		{"guard: a second subject", "The film was shot in Utah. Netflix's Iron Creek, which Dora Vance wrote and Pell Marsh directed, premiered at Venice.",
			nil, []string{"DIRECTED dora vance -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
