package loaders

import "testing"

// TestCopulaLowerOwner checks cast copulas whose part is described after
// a lower-case owner ("P is the show's unctuous host, C", "P is the
// agency's star operative, C") or named after "the" and a title ("P is
// the film's villain, the Duke C"), and the copulas that name no part (no
// comma before the name, a crew job, a verb after the name), on invented
// sentences.
func TestCopulaLowerOwner(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"show's host", "Karl Meyer is the show's unctuous host, Sven Dahl.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
		{"show's host before a clause", "Lena Frey plays Odile Brask, and Karl Meyer is the show's relentlessly chipper host, Sven Dahl, in a role that is funny.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl", "ACTED_IN lena frey -> iron creek as odile brask"}, nil},
		{"agency's operative", "Lena Frey is the agency's star operative, Tess Varga, and Karl Meyer is the mayor.",
			[]string{"ACTED_IN lena frey -> iron creek as tess varga"}, nil},
		{"town's sheriff", "Lena Frey is the town's young sheriff, Tess Varga.",
			[]string{"ACTED_IN lena frey -> iron creek as tess varga"}, nil},
		{"a title after the comma", "Karl Meyer is the film's slithering villain, the Duke Corvane, who wants the ranch.",
			[]string{"ACTED_IN karl meyer -> iron creek as duke corvane"}, nil},
		{"a title after a plain description", "Lena Frey is the scheming widow, the Countess Ilsa Varn.",
			[]string{"ACTED_IN lena frey -> iron creek as countess ilsa varn"}, nil},
		{"no comma", "Karl Meyer is the show's host and Sven Dahl is the judge.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as sven dahl"}},
		{"a crew job", "Karl Meyer is the show's creator, Sven Dahl said.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as sven dahl"}},
		{"a verb after the name", "Karl Meyer is the show's host, Sven Dahl said on Monday.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as sven dahl"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
