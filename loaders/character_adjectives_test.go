package loaders

import "testing"

// TestAdjectiveJoins checks that a comma or "but" between two describing
// words of a part keeps the description whole (adjectiveJoin), after a
// part verb (typePlayedParts) and after a copula (partLead). Invented
// sentences and names.
func TestAdjectiveJoins(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"but between two adjectives after played", "Harrow Vale is a 2014 thriller. Kemar Sunay played the dim but lovable Inno Saban.",
			[]string{"ACTED_IN kemar sunay -> harrow vale (inno saban)"}, nil},
		{"a comma between two adjectives after the copula", "Harrow Vale is a 2014 thriller. Ruben Frost is the charming, untrustworthy Mr. Wexham, an officer in the militia, and Tam Hollis plays the clergyman Mr. Collard.",
			[]string{"ACTED_IN ruben frost -> harrow vale (mr. wexham)"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
