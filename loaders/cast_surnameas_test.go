package loaders

import "testing"

// TestSurnameAs checks "starred P as C" when P is the surname of a full
// name met earlier in the article, untyped there ("we thank Rhys Darby"),
// and that the surname of a character stays no actor, on invented
// sentences.
func TestSurnameAs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Canceled After Two Seasons\n\nIron Creek, a western from Neon, has been canceled. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a surname after the full name", "The studio thanked Karl Meyer and the crew.\n\nThe series starred Meyer as Tobin Vale.",
			[]string{"ACTED_IN karl meyer -> iron creek as tobin vale"}, nil},
		{"two surnames after the full names", "The studio thanked Karl Meyer and Lena Frey.\n\nThe series starred Meyer as Tobin Vale and Frey as Wenna Stallard.",
			[]string{"ACTED_IN karl meyer -> iron creek as tobin vale", "ACTED_IN lena frey -> iron creek as wenna stallard"}, nil},
		{"a surname before a described name", "The studio thanked Karl Meyer and the crew.\n\nThe writer cast Meyer as a new character, Tobin Vale, the sour neighbour.",
			[]string{"ACTED_IN karl meyer -> iron creek as tobin vale"}, nil},
		{"a surname after a tie to the subject", "The studio thanked Tim Barton and Karl Meyer.\n\nBarton cast his longtime collaborator Meyer as Tobin Vale, the barber.",
			nil, []string{"ACTED_IN tim barton -> iron creek as tobin vale"}},
		{"a description after as", "The studio thanked Karl Meyer and the crew.\n\nThe director frames Meyer as a restless wanderer.",
			nil, []string{"ACTED_IN karl meyer -> iron creek"}},
		{"the surname of a character", "Karl Meyer plays Tobin Vale.\n\nVale as Corvane was a ruse.",
			nil, []string{"ACTED_IN tobin vale -> iron creek as corvane", "ACTED_IN vale -> iron creek as corvane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
