package loaders

import "testing"

// TestJobList checks lists named by a plural crew job ("The producers, A,
// B and C, ...", "Producers include A, his X partner B and C") and
// companies before a bare produce verb.
func TestJobList(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the producers, a list", "The producers, Marty Kinsell, Isaac Fenner and Robert Dunmore, gave him just enough rope.",
			[]string{"PRODUCED marty kinsell -> iron creek", "PRODUCED isaac fenner -> iron creek", "PRODUCED robert dunmore -> iron creek"}, nil},
		{"producers include", "Producers include Kevin Oldcastle, his Sunbeat partner Bryan Calder and Jeff Amberly.",
			[]string{"PRODUCED kevin oldcastle -> iron creek", "PRODUCED bryan calder -> iron creek", "PRODUCED jeff amberly -> iron creek"}, nil},
		{"companies produce", "Nintenda and Arad Productions produce, and Sony Pictures will distribute worldwide.",
			[]string{"PRODUCED arad productions -> iron creek", "PRODUCED nintenda -> iron creek"}, nil},
		{"guard: producers as an object", "He thanked the producers, Marty Kinsell and Isaac Fenner.",
			nil, []string{"PRODUCED marty kinsell -> iron creek"}},
		{"guard: people before a bare produce", "Mia Solvang and Dan Pritchard produce, and Sony Pictures will distribute.",
			nil, []string{"PRODUCED sony pictures -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
