package loaders

import (
	"slices"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCastChainCredits: a cast credit whose film is the implicit default
// goes to the one other film the credits of the sentence before it in the
// paragraph went to; not across a paragraph break, not from a film named in
// an aside about a person, and not when the sentence names a film itself.
func TestCastChainCredits(t *testing.T) {
	const head = "Brindle Cove Renewed for a Second Season\n\n" +
		"Brindle Cove, the coastal drama from Halvard Pictures, has been renewed for a second season, the network said on Monday. " +
		"Osmunda Rell plays the harbour master, Ada Fenn.\n\n"
	const earlier = "The deal is one of the first big moves since the network bought the library in 2022. " +
		"Kestrel Films had owned the property since it absorbed Orrin Pictures, which released Halvard Stone's thriller Tinplate Sky (1987). " +
		"That film, penned by Ada Roux, starred Ottilie Varnay as Ilka Vantreuil, a pilot rebuilt as a machine. "
	tests := []struct {
		name, text, person, want string
	}{
		{"the next sentence's cast goes to the film just credited",
			head + earlier + "Perrin Vasquez appeared as Cole Danner, a member of the ground crew.\n",
			"perrin vasquez", "tinplate sky"},
		{"the chain runs on",
			head + earlier + "Perrin Vasquez appeared as Cole Danner, a member of the ground crew. Marek Osei appeared as Lorn Pike, its chief.\n",
			"marek osei", "tinplate sky"},
		{"a new paragraph: it stays",
			head + earlier + "\n\nPerrin Vasquez plays the mechanic Cole Danner.\n",
			"perrin vasquez", "brindle cove"},
		{"a film named in an aside about a person: it stays",
			head + "Julia Tellamy, who played the pilot Ilka Vantreuil in Halvard Stone's thriller Tinplate Sky (1987), was in talks for weeks. " +
				"Perrin Vasquez plays the mechanic Cole Danner.\n",
			"perrin vasquez", "brindle cove"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := localRun(tc.text, "2025-03-01")
			got := sameNameCredits(r, kg.ActedIn, tc.person)
			if len(got) == 0 || slices.ContainsFunc(got, func(g string) bool { return g != tc.want }) {
				t.Errorf("%s: ACTED_IN %v, want only %s", tc.person, got, tc.want)
			}
		})
	}
}
