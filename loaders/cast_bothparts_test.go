package loaders

import "testing"

// TestBothTheParts checks "P plays both C and the D": the second part named
// with "the" is read as well as the first, on invented sentences.
func TestBothTheParts(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"both a name and the part", "Lena Frey is Wenna, and Karl Meyer plays both Tobin and the Ghost, brothers who mirror each other.",
			[]string{"ACTED_IN karl meyer -> iron creek as tobin", "ACTED_IN karl meyer -> iron creek as ghost"}, nil},
		{"both names", "Lena Frey is Wenna, and Karl Meyer plays both Tobin and Corvane.",
			[]string{"ACTED_IN karl meyer -> iron creek as tobin", "ACTED_IN karl meyer -> iron creek as corvane"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
