package loaders

import "testing"

// TestCompanyPersonWork checks, on invented sentences, that a company's
// possessive before a person's name, a work noun and a title credits the
// company with the title (DISTRIBUTED), and the appositive after a film
// too; a person's possessive, a name after the noun that is no title and a
// company with no work noun are left alone.
func TestCompanyPersonWork(t *testing.T) {
	const head = " date 2026-05-01\nThe Weekend Chart\n\nThe comedy The Copper Lantern opened this weekend. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"before the title", "Quillon Pictures' Nancy Orren action thriller The Copper Lantern added $4 million.",
			[]string{"DISTRIBUTED quillon pictures -> copper lantern"}, nil},
		{"an appositive after the film", "The Copper Lantern, Quillon Pictures' Nancy Orren comedy pairing Rhea Voss and Tom Rell, held well.",
			[]string{"DISTRIBUTED quillon pictures -> copper lantern"}, nil},
		{"a person's possessive", "Rhea Voss's Nancy Orren comedy The Copper Lantern held well.",
			nil, []string{"DISTRIBUTED rhea voss -> copper lantern"}},
		{"no work noun", "The Copper Lantern, Quillon Pictures' Nancy Orren deal, held well.",
			nil, []string{"DISTRIBUTED quillon pictures -> copper lantern"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
