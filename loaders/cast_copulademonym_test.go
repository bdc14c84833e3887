package loaders

import "testing"

// TestCopulaDescribedNationalityAndOf checks cast copulas whose
// describing words hold a nationality ("P is her Australian husband, C")
// or end in a short "of"-phrase ("P is his brutal captain of the guards,
// C"), and the shapes they must not read, on invented sentences.
func TestCopulaDescribedNationalityAndOf(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"nationality before a part noun", "Anna Roos is his Danish bodyguard, Pip Halloran.",
			[]string{"ACTED_IN anna roos -> iron creek as pip halloran"}, nil},
		{"of-phrase after a part noun", "Jonas Ekberg plays Rolf Varga, and Karl Meyer is his brutal captain of the guards, Wenna Stallard.",
			[]string{"ACTED_IN karl meyer -> iron creek as wenna stallard"}, nil},
		{"of-phrase with a verb after the name", "Karl Meyer is the captain of the guards, Sven Dahl said on Monday.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as sven dahl"}},
		{"of-phrase before a place", "Karl Meyer was the head of the studio, London, for a decade.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as london"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
