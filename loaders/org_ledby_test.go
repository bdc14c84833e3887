package loaders

import "testing"

// TestLedByShapes checks ledBy on invented sentences: a body "led",
// "headed", "run" or "commanded" by a character, with words before "by"
// and before the name, a copula clause, a bare appositive, a second
// character after "and"; and what it leaves alone.
func TestLedByShapes(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Ana Hale plays Dot Vance and Tom Li plays Eli Crane. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"is led by", "The Grey Covenant is led by Orrin Vale (Ray Lomb), a scarred old man.",
			[]string{"MEMBER_OF orrin vale -> grey covenant"}, nil},
		{"run by the describing words before a name", "Dot Vance is sent to the Ashen Circle, a secret society of young occultists run by the enigmatic Headmistress Sorrel (Ray Lomb).",
			[]string{"MEMBER_OF headmistress sorrel -> ashen circle"}, nil},
		{"a militia led by", "Eli Crane is hunted by the Vantor, a militia of zealots led by General Harrow (Ray Lomb).",
			[]string{"MEMBER_OF general harrow -> vantor"}, nil},
		{"led at first by", "Dot Vance falls in with the Marsh Squad, led at first by the sergeant Bram Kell (Ray Lomb).",
			[]string{"MEMBER_OF bram kell -> marsh squad"}, nil},
		{"a bare appositive, words before by", "The Pale Lantern, led in the comics by Jory Pell (Kim Sato), returns.",
			[]string{"MEMBER_OF jory pell -> pale lantern"}, nil},
		{"themselves are led by a cousin", "The Kestrels themselves are led by his older cousin, Big Ned Tully (Ray Lomb).",
			[]string{"MEMBER_OF big ned tully -> kestrels"}, nil},
		{"guard: led by a person", "The Grey Covenant tour was led by Ray Lomb.",
			nil, []string{"MEMBER_OF ray lomb -> grey covenant"}},
		{"guard: headed to a place", "Dot Vance headed to Harbor City by train.",
			nil, []string{"MEMBER_OF dot vance -> harbor city"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
