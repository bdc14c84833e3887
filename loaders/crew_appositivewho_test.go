package loaders

import "testing"

// TestCrewAppositiveWho checks the "who" clause of a crew-noun appositive
// ("P, the Spanish writer who co-wrote F", "P, the cinematographer who
// shot F"): the clause's crew verb credits P.
func TestCrewAppositiveWho(t *testing.T) {
	const head = " date 2026-05-01\n'Copper Vale' Review\n\nCopper Vale, a thriller from Neon, stars Mara Ellison as a detective. Salt Meadow opened in 2001 and Night Orchard in 2004. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"writer who co-wrote", "The screenplay is by Perrin Vasquez, the Spanish writer who co-wrote Salt Meadow with Tomas Wexley.",
			[]string{"WROTE perrin vasquez -> salt meadow"}, nil},
		{"cinematographer who shot", "Behind the camera is Dace Lund, the French cinematographer who shot Night Orchard for Lyle Cassin.",
			[]string{"WORKED_ON dace lund -> night orchard"}, nil},
		{"director who also directed", "Omar Lisle, the veteran director who also directed Night Orchard, is at the helm.",
			[]string{"DIRECTED omar lisle -> night orchard"}, nil},
		{"no who clause", "Omar Lisle, the veteran director, praised Night Orchard.",
			nil, []string{"DIRECTED omar lisle -> night orchard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
