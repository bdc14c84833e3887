package loaders

import "testing"

// TestYoungerVersions checks "with E and F as the younger versions" after
// a clause naming the parts, on invented sentences: the parts are paired
// in order; with no part named before, none is given.
func TestYoungerVersions(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. Rob Vint plays Ezra Pell. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two parts, two younger actors", "Nola Finch and Kay Bell play the twins, Ada and Bea, with Lin Chao and Sue Marr as the younger versions.",
			[]string{"ACTED_IN lin chao -> marrow flats as ada", "ACTED_IN sue marr -> marrow flats as bea"},
			[]string{"ACTED_IN lin chao -> marrow flats as bea"}},
		{"one part, a possessive self", "Nola Finch plays the adult Ada Vane opposite Lin Chao as her teenage self.",
			[]string{"ACTED_IN lin chao -> marrow flats as ada vane"}, nil},
		{"guard: no part named before", "Nola Finch and Kay Bell star, with Lin Chao and Sue Marr as their younger selves.",
			[]string{"ACTED_IN lin chao -> marrow flats"}, []string{"ACTED_IN lin chao -> marrow flats as ezra pell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
