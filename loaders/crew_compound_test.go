package loaders

import "testing"

// TestCompoundJob checks compoundJob on invented sentences: each part of a
// compound job noun before a name credits the person, with the film of the
// appositive or of the sentence; a title before the job that is no film
// stops it.
func TestCompoundJob(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Wraps\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"under the job", "Iron Creek wrapped last year under writer-director Dora Vance.",
			[]string{"DIRECTED dora vance -> iron creek", "WROTE dora vance -> iron creek"}, nil},
		{"an appositive's possessive", "Harlow Pictures will release Gallowmere 2, writer-director Tobin Marsh's drama about a family, in December.",
			[]string{"DIRECTED tobin marsh -> gallowmere 2", "WROTE tobin marsh -> gallowmere 2"}, nil},
		{"a showrunner-creator", "Showrunner-creator Jane Rusk said the second season of Dark Orchard 2 begins in May.",
			[]string{"PRODUCED jane rusk -> dark orchard 2", "WROTE jane rusk -> dark orchard 2"}, nil},
		{"guard: a franchise before the job", "He produces alongside longtime Gallowmere writer-producer Kim Yarwood.",
			nil, []string{"WROTE kim yarwood -> iron creek"}},
		{"guard: no compound", "Iron Creek wrapped under writer-actor Dora Vance.",
			nil, []string{"WROTE dora vance -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
