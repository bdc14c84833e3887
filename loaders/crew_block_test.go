package loaders

import "testing"

// TestCrewBlock checks crewBlock on invented review footers: label lines
// credit their names on the film the review is about, a cast line reads
// "P (C)" as the part, and prose with a colon claims nothing.
func TestCrewBlock(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Review: Dust and Grit\n\nIron Creek is a western about a drowned town. Mara Quint directed it, and Kestrel Pictures will release it in March. Ivo Brandt and Tess Vidal wrote the script, and Ana Hale stars as Kit Moss beside Omar Haddad.\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"director line", "IRON CREEK\nDirector: Mara Quint\nRunning time: 101 minutes",
			[]string{"DIRECTED mara quint -> iron creek"}, nil},
		{"screenplay list", "IRON CREEK\nScreenplay: Ivo Brandt, Tess Vidal\nRunning time: 101 minutes",
			[]string{"WROTE ivo brandt -> iron creek", "WROTE tess vidal -> iron creek"}, nil},
		{"producers with and", "IRON CREEK\nProducers: Ivo Brandt and Tess Vidal\nRunning time: 101 minutes",
			[]string{"PRODUCED ivo brandt -> iron creek", "PRODUCED tess vidal -> iron creek"}, nil},
		{"distributor line", "IRON CREEK\nDistributor: Kestrel Pictures\nRunning time: 101 minutes",
			[]string{"DISTRIBUTED kestrel pictures -> iron creek"}, nil},
		{"cast line with parts", "IRON CREEK\nCast: Ana Hale (Kit Moss), Omar Haddad (Sheriff Cole Marsh)\nRunning time: 101 minutes",
			[]string{"ACTED_IN ana hale -> iron creek as kit moss", "ACTED_IN omar haddad -> iron creek as sheriff cole marsh"}, nil},
		{"guard: prose after a colon", "The verdict: Mara Quint has made a film about Ana Hale.",
			nil, []string{"DIRECTED ana hale -> iron creek", "ACTED_IN mara quint -> iron creek"}},
		{"guard: a label over a sentence", "Director: Mara Quint, who grew up near the river, shot it in the rain.",
			nil, []string{"DIRECTED ana hale -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
