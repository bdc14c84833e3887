package loaders

import "testing"

// TestPossessiveDescribedFilm checks the person's possessive before
// describing words: "P's silent classic F" and "F, P's breezy, sun-bleached
// prequel" credit P as director; a company's possessive and a book are not
// read so.
func TestPossessiveDescribedFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a kind word before the title", "The film is a remake of Dora Vance's silent classic Gallowmere: A Symphony.",
			[]string{"DIRECTED dora vance -> gallowmere: a symphony"}, nil},
		{"an original", "Harlow had owned it since it released Tobin Marsh's original Gallowmere in 1987.",
			[]string{"DIRECTED tobin marsh -> gallowmere"}, nil},
		{"an appositive with describing words", "That is the premise of Gallowmere 2, Dora Vance's breezy, sun-bleached prequel, which premiered in Venice.",
			[]string{"DIRECTED dora vance -> gallowmere 2"}, nil},
		{"guard: a novel", "It adapts Dora Vance's bestselling novel Gallowmere.",
			nil, []string{"DIRECTED dora vance -> gallowmere"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
