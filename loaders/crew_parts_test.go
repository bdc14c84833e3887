package loaders

import "testing"

// TestCrewParts checks, on invented sentences, a crew verb that names
// episodes or seasons of the show at hand ("directed the first two
// series") and the "with" list that took over the rest; and the guards
// (a bare ordinal is a film, a named film after the part).
func TestCrewParts(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Returns\n\nIron Creek, a drama series from Neon, returns in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a part with a take-over list", "Tom Ek directed the first two, with Lia Dore, Bo Tran and Kim Rau handling the rest.",
			[]string{"DIRECTED tom ek -> iron creek", "DIRECTED lia dore -> iron creek", "DIRECTED bo tran -> iron creek", "DIRECTED kim rau -> iron creek"}, nil},
		{"a part with a part noun", "Mia Sand directed the first two series, with Tod Bane taking over for the third.",
			[]string{"DIRECTED mia sand -> iron creek", "DIRECTED tod bane -> iron creek"}, nil},
		{"a writer of the last season", "Ana Prow wrote the final season.",
			[]string{"WROTE ana prow -> iron creek"}, nil},
		{"guard: a bare ordinal is a film", "(Ivo Sten directed the first.)",
			nil, []string{"DIRECTED ivo sten -> iron creek"}},
		{"guard: a named film after the part", "Rui Pax directed several episodes of Salt Harbour.",
			nil, []string{"DIRECTED rui pax -> iron creek"}},
		{"guard: films, not parts", "Ada Fenn directed the first and third films.",
			nil, []string{"DIRECTED ada fenn -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
