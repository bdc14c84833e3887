package loaders

import "testing"

// TestHelmList checks that "A and B are (again) at the helm" credits every
// name of the list as a director of the film at hand, and that a single
// director stays the only one.
func TestHelmList(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nAna Hale will return in Iron Creek 2, the sequel to the 2022 western. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two directors again at the helm", "Mara Quint and Tess Vidal are again at the helm.",
			[]string{"DIRECTED mara quint -> iron creek 2", "DIRECTED tess vidal -> iron creek 2"}, nil},
		{"three directors at the helm", "Mara Quint, Ivo Brandt and Tess Vidal are at the helm.",
			[]string{"DIRECTED mara quint -> iron creek 2", "DIRECTED ivo brandt -> iron creek 2", "DIRECTED tess vidal -> iron creek 2"}, nil},
		{"guard: one director, a star before", "Ana Hale stars, and Mara Quint is at the helm.",
			[]string{"DIRECTED mara quint -> iron creek 2"}, []string{"DIRECTED ana hale -> iron creek 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestCrewListShapes checks list credits: "A and B stayed on as writers
// and producers", "A, B and C share the directing credit" and "P, the
// director of F and G," (both films), with guards.
func TestCrewListShapes(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nKestrel today announced Iron Creek 2, the sequel to the 2022 western. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"stayed on as two jobs", "Ivo Brandt and Tess Vidal stayed on as writers and producers.",
			[]string{"WROTE ivo brandt -> iron creek 2", "PRODUCED ivo brandt -> iron creek 2", "WROTE tess vidal -> iron creek 2", "PRODUCED tess vidal -> iron creek 2"}, nil},
		{"while a list stayed on", "Mara Quint directed it, while Ivo Brandt and Tess Vidal stayed on as producers.",
			[]string{"PRODUCED ivo brandt -> iron creek 2", "PRODUCED tess vidal -> iron creek 2"}, nil},
		{"guard: a name in an appositive before stayed on", "Mara Quint, who directed it with her husband, Ivo Brandt, stayed on as a producer.",
			nil, []string{"PRODUCED ivo brandt -> iron creek 2"}},
		{"remain as producers", "Ivo Brandt and Tess Vidal remain as producers.",
			[]string{"PRODUCED ivo brandt -> iron creek 2", "PRODUCED tess vidal -> iron creek 2"}, nil},
		{"guard: stayed on as a character", "Ivo Brandt stayed on as Sheriff Cole Marsh.",
			nil, []string{"PRODUCED ivo brandt -> iron creek 2", "WROTE ivo brandt -> iron creek 2"}},
		{"share the directing credit", "Ivo Brandt, Omar Haddad and Tess Vidal share the directing credit.",
			[]string{"DIRECTED ivo brandt -> iron creek 2", "DIRECTED omar haddad -> iron creek 2", "DIRECTED tess vidal -> iron creek 2"}, nil},
		{"guard: share the screen", "Ivo Brandt and Tess Vidal share the screen in one scene.",
			nil, []string{"DIRECTED ivo brandt -> iron creek 2", "WROTE ivo brandt -> iron creek 2"}},
		{"score composed by", "Its score was composed by Ivo Brandt.",
			[]string{"WORKED_ON ivo brandt -> iron creek 2"}, []string{"WROTE ivo brandt -> iron creek 2"}},
		{"its screenplay after a named film", "Mara Quint, who directed Iron Creek and wrote its screenplay, returns.",
			[]string{"DIRECTED mara quint -> iron creek", "WROTE mara quint -> iron creek"}, nil},
		{"director of two films", "Tess Vidal, the Oscar-winning director of Dust Road and Glass Tide, came aboard.",
			[]string{"DIRECTED tess vidal -> dust road", "DIRECTED tess vidal -> glass tide"}, nil},
		{"guard: a film and a person", "Tess Vidal, the director of Dust Road and Ana Hale, came aboard.",
			nil, []string{"DIRECTED tess vidal -> ana hale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
