package loaders

import "testing"

// TestPlainCompanyReleases checks, on invented sentences, that a two-word
// name with no company word and no given name at its head is the company
// that releases or distributes the film (plainCompanySubject), while a
// person's name before the same verbs is not made a company.
func TestPlainCompanyReleases(t *testing.T) {
	const head = " date 2026-05-01\n'The Salt Ledger' Opens Wide\n\nThe Salt Ledger, the drama directed by Perrin Vasquez, opens on Friday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"released it", "Copper Lantern released it in North America.",
			[]string{"DISTRIBUTED copper lantern -> salt ledger"}, nil},
		{"will distribute in", "Harbor Crossing will distribute in France.",
			[]string{"DISTRIBUTED harbor crossing -> salt ledger"}, nil},
		{"distributed the film", "Quiet Meridian distributed the film in 2013.",
			[]string{"DISTRIBUTED quiet meridian -> salt ledger"}, nil},
		{"a person releases", "Marla Quince released the film herself.",
			nil, []string{"DISTRIBUTED marla quince -> salt ledger"}},
		{"an initial before the name", "It is rated R. Copper Lantern releases the film.",
			nil, []string{"DISTRIBUTED r copper lantern -> salt ledger"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
