package loaders

import "testing"

// TestPossessiveMakerWork checks that "P's C" reads as a work of P, not a
// part P plays, when the article credits P with making something and never
// with a part; an actor's "P's C" still claims the part.
func TestPossessiveMakerWork(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"director's prize winner",
			"The Salt Ledger was directed by Tova Brandt. Last year Tova Brandt's Harbor Lights won the top prize.",
			nil, []string{"PORTRAYED tova brandt -> harbor lights"}},
		{"director's earlier hit by surname",
			"The Salt Ledger, directed by Tova Brandt, opens in May. Brandt's Harbor Lights was a hit in 2019.",
			[]string{"DIRECTED tova brandt -> salt ledger"}, []string{"ACTED_IN tova brandt -> salt ledger as harbor lights"}},
		{"actor's part kept",
			"The Salt Ledger stars Tova Brandt. Tova Brandt's Rhea Vance is a smuggler.",
			[]string{"PORTRAYED tova brandt -> rhea vance"}, nil},
		{"actor who also directs keeps the part",
			"Tova Brandt directed The Salt Ledger and plays Rhea Vance in it. Tova Brandt's Rhea Vance is a smuggler.",
			[]string{"ACTED_IN tova brandt -> salt ledger as rhea vance"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := claimLines(localRun(c.text, ""), " as ", "")
			checkLines(t, got, c.want, c.not)
		})
	}
}
