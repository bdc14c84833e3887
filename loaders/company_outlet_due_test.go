package loaders

import "testing"

// TestOutletArrival checks "F arrived on O" and "F is expected on O next
// year": the opening title goes out on the platform (DISTRIBUTED).
func TestOutletArrival(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"arrived on a streamer", "The Long Night arrived on Prime Video at midnight.",
			[]string{"DISTRIBUTED prime video -> long night"}, nil},
		{"expected on a streamer", "Paper Moon is expected on Netflix next year.",
			[]string{"DISTRIBUTED netflix -> paper moon"}, nil},
		{"guard: a person's clause", "Kate Lind is expected on Netflix's set next year.",
			nil, []string{"DISTRIBUTED netflix -> kate lind"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
