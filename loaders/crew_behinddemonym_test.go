package loaders

import "testing"

// TestBehindDemonym checks "P, the Spanish filmmaker behind F1 and F2"
// after a crew credit: the nationality before the crew noun is a
// describing word even when the article made a title of it elsewhere.
func TestBehindDemonym(t *testing.T) {
	const head = " date 2026-05-01\n'Copper Vale' Sets Cast\n\nCopper Vale, a thriller from Neon, starts shooting in May. Glass Orchard opened in 2001 and Salt Meadow in 2004. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a nationality a title elsewhere", "Spanish opened in Madrid in 2010. The film was directed by Dace Lund, the Spanish filmmaker behind Glass Orchard and Salt Meadow, from a screenplay by Omar Lisle.",
			[]string{"DIRECTED dace lund -> glass orchard", "DIRECTED dace lund -> salt meadow"}, nil},
		{"a plain nationality", "Dace Lund, the Danish filmmaker behind Glass Orchard, directs.",
			[]string{"DIRECTED dace lund -> glass orchard"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
