package loaders

import (
	"slices"
	"testing"
)

// TestAliasAs checks that "P, who records as C" names another name of P,
// not a part, and that "P, who returns as C" stays a credit, on invented
// sentences; with aliasAs switched off the unwanted parts come back.
func TestAliasAs(t *testing.T) {
	const head = " date 2026-05-01\nReview: 'Iron Creek'\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"records as", "The score is by Tobin Marek, who records as Velvet Static, and it hums with dread.",
			nil, []string{"ACTED_IN tobin marek -> iron creek as velvet static"}},
		{"posts online as", "Ada Brannock, who posts online as Quillfox, first developed the show on her own.",
			nil, []string{"ACTED_IN ada brannock -> iron creek as quillfox"}},
		{"writes as", "The novel is by Colm Seward, who writes as Harriet Lusk, and the film keeps its title.",
			nil, []string{"ACTED_IN colm seward -> iron creek as harriet lusk"}},
		{"returns as stays a part", "Colm Seward, who returns as Dorian Vale, is the best thing in it.",
			[]string{"ACTED_IN colm seward -> iron creek as dorian vale"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
	t.Run("switched off", func(t *testing.T) {
		aliasAsOn = false
		defer func() { aliasAsOn = true }()
		for _, c := range cases {
			got := localFacts(t, head+c.text)
			for _, n := range c.not {
				if !slices.Contains(got, n) {
					t.Errorf("%s: with aliasAs off, no %q in\n%v", c.name, n, got)
				}
			}
		}
	})
}
