package loaders

import "testing"

// TestCoCreditSentenceFilm checks the shared credit's "with" list when no
// film stands between the verb and "with": the one film the sentence
// credits so ("a comedy that he co-wrote with A, B and C", "created by P
// with A and B", "F, which she directed and co-wrote with Q"), every
// person of the list, and a job phrase before the partner.
func TestCoCreditSentenceFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Harlow Dune' Returns\n\nHarlow Dune, a comedy, premiered in 1999 with Tobin Ashgrove. Glass Orchard opened in 2001. Perrin Vale was born in 1950. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"that he co-wrote with a list", "He made his debut with Netflix's Glass Orchard, a comedy about a bakery that he co-wrote with Dace Lund, Omar Lisle and Andy Corr and in which he stars.",
			[]string{"WROTE dace lund -> glass orchard", "WROTE omar lisle -> glass orchard", "WROTE andy corr -> glass orchard"}, nil},
		{"created by P with A and B", "The show was created by Vale with Dace Lund and Omar Lisle.",
			[]string{"WROTE dace lund -> harlow dune", "WROTE omar lisle -> harlow dune"}, nil},
		{"which she directed and co-wrote with Q", "Glass Orchard, which she directed, produced and co-wrote with Dace Lund, premiered at Cannes.",
			[]string{"WROTE dace lund -> glass orchard"}, nil},
		{"a screenplay he co-wrote with his partner Q", "Directed by Omar Lisle from a screenplay he co-wrote with his longtime producing partner Dace Lund, Harlow Dune is based on a memoir.",
			[]string{"WROTE dace lund -> harlow dune"}, nil},
		{"guard: a film of a clause before the verb", "Perrin Vale, who developed Glass Orchard for NBC in 2005, created the new show with Omar Lisle.",
			nil, []string{"WROTE omar lisle -> glass orchard"}},
		{"co-wrote F with A and B", "Vale co-wrote Glass Orchard with Dace Lund and Omar Lisle.",
			[]string{"WROTE dace lund -> glass orchard", "WROTE omar lisle -> glass orchard"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
