package loaders

import "testing"

// TestKnownForAsideTitle checks that the work of a "best known for" aside
// is the subject's credit even when the name is shaped like a person's
// and no cue typed it ("P, best known for Harbour Nights, plays C"), as
// well as the part the clause gives in the film at hand, on invented
// sentences.
func TestKnownForAsideTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"person-shaped title, plays", "Perrin Vasquez, best known for Harbour Nights, plays Judge Alder Crane.",
			[]string{"ACTED_IN perrin vasquez -> harbour nights", "ACTED_IN perrin vasquez -> iron creek as judge alder crane"},
			[]string{"ACTED_IN harbour nights -> iron creek as judge alder crane"}},
		{"person-shaped title, is the", "Mina Dorrel, best known for Harlan Street, plays the rancher Vera Holt.",
			[]string{"ACTED_IN mina dorrel -> harlan street", "ACTED_IN mina dorrel -> iron creek as vera holt"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
