package loaders

import "testing"

// TestDescribedPairs checks lists of described pairs in brackets ("A (C1,
// the gorilla with the criminal family), B (C2, ...)") on invented
// sentences.
func TestDescribedPairs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"people first, nothing typed", "Dana Frell (Pip, the gorilla with the criminal family), Omar Reyes (Moss, the shy elephant with the huge voice) and Lin Chao (Tully, Rosita's flamboyant dance partner) round out the core ensemble.",
			[]string{"ACTED_IN dana frell -> iron creek as pip", "ACTED_IN omar reyes -> iron creek as moss", "ACTED_IN lin chao -> iron creek as tully"},
			[]string{"ACTED_IN pip -> iron creek as dana frell"}},
		{"parts first", "Pip (Dana Frell, back again) and Moss (Omar Reyes, a newcomer) lead the film.",
			[]string{"ACTED_IN dana frell -> iron creek as pip", "ACTED_IN omar reyes -> iron creek as moss"}, nil},
		{"one pair with a short aside", "Dana Frell (Pip, obviously) followed, and then Lin Chao.",
			[]string{"ACTED_IN dana frell -> iron creek as pip"}, nil},
		{"earlier credits with a year are no aside", "Dana Frell (Harbor Lights, 2016) followed.",
			nil, []string{"ACTED_IN dana frell -> iron creek as harbor lights"}},
		{"one described pair is no list", "Dana Frell (Pip, the gorilla) leads the film.",
			nil, []string{"ACTED_IN pip -> iron creek as dana frell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
