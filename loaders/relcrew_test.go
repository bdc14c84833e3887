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
		{"two directors again at the helm", "Mara Lind and Tess Vidal are again at the helm.",
			[]string{"DIRECTED mara lind -> iron creek 2", "DIRECTED tess vidal -> iron creek 2"}, nil},
		{"three directors at the helm", "Mara Lind, Ivo Brandt and Tess Vidal are at the helm.",
			[]string{"DIRECTED mara lind -> iron creek 2", "DIRECTED ivo brandt -> iron creek 2", "DIRECTED tess vidal -> iron creek 2"}, nil},
		{"guard: one director, a star before", "Ana Hale stars, and Mara Lind is at the helm.",
			[]string{"DIRECTED mara lind -> iron creek 2"}, []string{"DIRECTED ana hale -> iron creek 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
