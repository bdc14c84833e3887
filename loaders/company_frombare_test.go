package loaders

import "testing"

// TestBareFromDistributor checks bareFromRel: a bare "F, from O," or "F,
// also from O," credits the company as the title's distributor, a name
// ending in "Animation" or "Productions" as its producer; two companies
// and an appositive with a head noun ("F, the comedy from O") stay makers.
func TestBareFromDistributor(t *testing.T) {
	cases := []lineCase{
		{"a chart line", "The Salt Ledger, from Lionsgate, was sixth with $3.4 million.",
			[]string{"DISTRIBUTED lionsgate -> salt ledger"}, []string{"PRODUCED lionsgate -> salt ledger"}},
		{"also from", "The Salt Ledger, also from Lionsgate, opened in fourth with $16 million.",
			[]string{"DISTRIBUTED lionsgate -> salt ledger"}, []string{"PRODUCED lionsgate -> salt ledger"}},
		{"a release preview", "Next weekend brings the thriller The Salt Ledger, from Focus Features, with Ana Lind.",
			[]string{"DISTRIBUTED focus features -> salt ledger"}, []string{"PRODUCED focus features -> salt ledger"}},
		{"sentence end", "Third was the sci-fi romance The Salt Ledger, from Lionsgate.",
			[]string{"DISTRIBUTED lionsgate -> salt ledger"}, []string{"PRODUCED lionsgate -> salt ledger"}},
		{"an animation studio makes", "The Salt Ledger, from Lanternfish Animation, was sixth with $3.4 million.",
			[]string{"PRODUCED lanternfish animation -> salt ledger"}, []string{"DISTRIBUTED lanternfish animation -> salt ledger"}},
		{"two companies stay makers", "The Salt Ledger, from Bramble Pictures and Tarn Entertainment, placed fourth.",
			[]string{"PRODUCED bramble pictures -> salt ledger"}, []string{"DISTRIBUTED bramble pictures -> salt ledger"}},
		{"a head noun keeps the maker", "The Salt Ledger, the basketball comedy from Lionsgate, moved to May.",
			[]string{"PRODUCED lionsgate -> salt ledger"}, nil},
	}
	runLineCases(t, twoTitlesHead, cases)
}
