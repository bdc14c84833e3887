package loaders

import "testing"

// TestVoicedByList checks "are voiced by A (C1), B (C2) and D (C3)": the
// agents of a cast verb in a list of pairs read person first, on invented
// sentences.
func TestVoicedByList(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, an animated western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"voiced by three pairs", "The foxes themselves are voiced by Dana Frell (Henry), Omar Reyes (Rosie) and Lin Chao (Walter).",
			[]string{"ACTED_IN dana frell -> iron creek as henry", "ACTED_IN omar reyes -> iron creek as rosie", "ACTED_IN lin chao -> iron creek as walter"},
			[]string{"ACTED_IN henry -> iron creek as dana frell"}},
		{"played by two pairs", "The outlaws are played by Dana Frell (Henry) and Omar Reyes (Rosie).",
			[]string{"ACTED_IN dana frell -> iron creek as henry", "ACTED_IN omar reyes -> iron creek as rosie"}, nil},
		{"a story verb's agent stays a part", "The pup is adopted by Pip (Dana Frell) and raised on the ranch.",
			nil, []string{"ACTED_IN pip -> iron creek as dana frell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
