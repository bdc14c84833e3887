package loaders

import "testing"

// TestCompanyIsTheStudio checks, on invented sentences, that a company
// that "is the studio" or "is the distributor" of the production at hand
// is credited with it, over a relative clause too, and that a role noun
// with more after it, or a person, is left alone.
func TestCompanyIsTheStudio(t *testing.T) {
	const head = " date 2026-05-01\nTidewater Sets Spring Premiere\n\nThe mystery drama Tidewater returns in April. The series stars Mara Velden and Josh Pike. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"bare", "Orbital Pictures Television is the studio.",
			[]string{"PRODUCED orbital pictures television -> tidewater"}, nil},
		{"over a relative clause", "Orbital Pictures Television, which produced the first season, is the studio; the show streams on Prime Video.",
			[]string{"PRODUCED orbital pictures television -> tidewater"}, nil},
		{"the distributor", "Kestrel Films is again the distributor.",
			[]string{"DISTRIBUTED kestrel films -> tidewater"}, nil},
		{"more after the noun", "Orbital Pictures Television is the studio behind Harbor Lights.",
			nil, []string{"PRODUCED orbital pictures television -> tidewater"}},
		{"a person", "Ferrell Barron is the studio.",
			nil, []string{"PRODUCED ferrell barron -> tidewater"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
