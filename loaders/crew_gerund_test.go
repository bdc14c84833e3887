package loaders

import "testing"

// TestGerundCredit checks gerundCredit on invented sentences: a crew gerund
// after "for" or "teeth" with a title for object credits the sentence's
// person; a gerund with no title credits nobody.
func TestGerundCredit(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Wraps\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"an award for directing", "Dora Vance won an Oscar for directing Gallowmere 2.",
			[]string{"DIRECTED dora vance -> gallowmere 2"}, nil},
		{"episodes of a series", "Tobin Marsh, who cut his teeth directing episodes of Pale Hollow: Ebb Water, makes his debut.",
			[]string{"DIRECTED tobin marsh -> pale hollow: ebb water"}, nil},
		{"writing", "Kim Yarwood, who won an Oscar for writing Gallowmere 2, is back.",
			[]string{"WROTE kim yarwood -> gallowmere 2"}, nil},
		{"guard: no title", "Dora Vance won an Oscar for directing the film.",
			nil, []string{"DIRECTED dora vance -> gallowmere 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
