package loaders

import "testing"

// TestAppositivePartCredit checks a person's appositive that names the part
// ("P, the original's C,", "P, F's C,") and the appositives left to other
// readings, on invented sentences.
func TestAppositivePartCredit(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the original's part", "The first film was 2019's Iron Creek. Lena Frey, the original's Tess, is not expected to appear.",
			[]string{"ACTED_IN lena frey -> iron creek as tess"}, nil},
		{"a film's part", "The first film was 2019's Brine Hollow. Lena Frey, Brine Hollow's Tess Varga, has said she would return.",
			[]string{"ACTED_IN lena frey -> brine hollow as tess varga"}, nil},
		{"a new part after the appositive", "The first film was 2019's Iron Creek. Lena Frey, the original Tess, as a guard named Pip Varga.",
			nil, []string{"ACTED_IN lena frey -> iron creek as tess"}},
		{"a person after the possessive", "Lena Frey, Neon's Karl Meyer, said nothing.",
			nil, []string{"ACTED_IN lena frey -> neon as karl meyer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
