package loaders

import "testing"

// TestCreditByFiller checks, on invented sentences, that an adverbial
// filler between a credit participle and its "by" keeps the credit
// ("produced jointly by O", "directed again by P", "directed in large
// part by P", "produced once again by O", "written this time by P"), and
// that other words there still block it.
func TestCreditByFiller(t *testing.T) {
	const head = " date 2026-05-01\nA Look Back\n\nThe Salt Ledger is a 2021 thriller directed by Perrin Vasquez. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"jointly", "The Salt Ledger was produced jointly by Faro Films and Corvid Studios.",
			[]string{"PRODUCED faro films -> salt ledger", "PRODUCED corvid studios -> salt ledger"}, nil},
		{"again", "The Salt Ledger was written again by Ana Lopez.",
			[]string{"WROTE ana lopez -> salt ledger"}, nil},
		{"in large part", "The Salt Ledger was edited in large part by Ana Lopez.",
			[]string{"WORKED_ON ana lopez -> salt ledger"}, nil},
		{"once again", "The Salt Ledger was produced once again by Faro Films for the network.",
			[]string{"PRODUCED faro films -> salt ledger"}, nil},
		{"this time", "The Salt Ledger was written this time by Ana Lopez.",
			[]string{"WROTE ana lopez -> salt ledger"}, nil},
		{"other words", "The Salt Ledger was produced as a favour to a friend by Faro Films.",
			nil, []string{"PRODUCED faro films -> salt ledger"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
