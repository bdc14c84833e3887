package loaders

import "testing"

// TestGivenNameBesidePronouns checks givenNameRuns in a casting item
// about one person on invented articles: the pronouns that stand for the
// person (subjectPronouns) lose their type when the piece is no career
// piece (decideCareer), so they must not keep the given-name run of the
// name itself from being typed a person.
func TestGivenNameBesidePronouns(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"casting item with pronouns", "Orla Pennick in Talks for 'Glass Harbour'\n\nOrla Pennick is in negotiations to face off against the new lead of Glass Harbour, sources say. Pennick is repped by CAA and a London firm. Pennick, 29, will next be seen opposite Dara Kell in a stage revival, in which she plays a nurse. She would play the harbour master, a villain.\n",
			[]string{"Person:orla pennick"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
