package loaders

import "testing"

// TestOwnerCompanyPhrase checks, on invented sentences, the company an
// owner's company phrase names after "produced by": with "own" before the
// company noun, with a two-noun "production company", with two owners
// joined by "and", as the second name of a list, and after "alongside" in
// a list of a producer's partners.
func TestOwnerCompanyPhrase(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"own company", "The film was produced by Hollis Penbury's own company, Gravel Moon Industries, and shot in Utah.",
			[]string{"PRODUCED gravel moon industries -> ashen coulee"}, nil},
		{"production company", "It is produced by Pella Ross's production company, Bright Ember.",
			[]string{"PRODUCED bright ember -> ashen coulee"}, nil},
		{"two owners", "The film was produced by Dorian Welk and Mara Ives's company, Quiet Lantern Works.",
			[]string{"PRODUCED quiet lantern works -> ashen coulee"}, nil},
		{"after alongside", "Quarry Lane Pictures produced the film alongside Mara Ives's company, Lantern Tree Pictures.",
			[]string{"PRODUCED lantern tree pictures -> ashen coulee"}, nil},
		{"second name of the list", "It was produced by Tobin Marsh and Osric Hale's own company, Lantern Tree Pictures.",
			[]string{"PRODUCED lantern tree pictures -> ashen coulee"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
