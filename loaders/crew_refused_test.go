package loaders

import "testing"

// TestRefusedPart checks that a person who turned a part down is not
// credited with it, while one who took a part is.
func TestRefusedPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"passed on the role", "Dana Frell passed on the role of Tilly Fox.",
			nil, []string{"PORTRAYED dana frell -> tilly fox", "ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"turned down the part", "Omar Reyes famously turned down the part of Moss Vane.",
			nil, []string{"PORTRAYED omar reyes -> moss vane", "ACTED_IN omar reyes -> iron creek as moss vane"}},
		{"landed the role", "Kai Dunn landed the role of Abel Crane.",
			[]string{"ACTED_IN kai dunn -> iron creek as abel crane"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
