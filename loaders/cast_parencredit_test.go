package loaders

import "testing"

// TestParenCreditPart checks "P (credit) plays the doomed C" on invented
// sentences: the brackets hold an earlier credit of P and the part after
// the describing words is P's, even when the bracketed title looks like a
// personal name; "C (P) is on the run" keeps its reading.
func TestParenCreditPart(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. Rob Vint plays Ezra Pell. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a name-shaped credit and describing words", "Louis Brandt (Enola Vale) plays the doomed Sid Harrow.",
			[]string{"ACTED_IN louis brandt -> enola vale", "ACTED_IN louis brandt -> marrow flats as sid harrow"},
			[]string{"ACTED_IN enola vale -> marrow flats as louis brandt"}},
		{"a title credit and describing words", "Louis Brandt (Dry Gulch) voices the grumpy Sid Harrow, a badger.",
			[]string{"ACTED_IN louis brandt -> dry gulch", "ACTED_IN louis brandt -> marrow flats as sid harrow"},
			[]string{"ACTED_IN dry gulch -> marrow flats as louis brandt"}},
		{"guard: a part in brackets before a copula", "Sid Harrow (Louis Brandt) is on the run.",
			[]string{"ACTED_IN louis brandt -> marrow flats as sid harrow"}, nil},
		{"guard: no named part after the verb", "Sid Harrow (Louis Brandt) plays the piano in the saloon.",
			[]string{"ACTED_IN louis brandt -> marrow flats as sid harrow"}, []string{"ACTED_IN sid harrow -> louis brandt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
