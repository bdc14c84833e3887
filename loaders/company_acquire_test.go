package loaders

import "testing"

// TestAcquiredRightsDistributor checks, on invented sentences, that a
// company acquiring a finished film's rights or the film itself
// distributes it: "O acquired North American rights", "O, which picked up
// the rights last year, ...", "O bought it at the festival", "O acquired
// the film", "F was picked up by O", "F was acquired out of the festival
// by O" (acquireRights); and that buying a company, a novel's rights, or
// people buying rights is no credit.
func TestAcquiredRightsDistributor(t *testing.T) {
	const head = " date 2026-05-01\n'The Salt Ledger' Wins in Park City\n\nThe Salt Ledger, the drama directed by Perrin Vasquez, premiered at the festival on Friday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"acquired rights", "Bellwether Releasing acquired North American rights during the festival.",
			[]string{"DISTRIBUTED bellwether releasing -> salt ledger"}, nil},
		{"which picked up the rights", "Bellwether Releasing, which picked up the rights last year, plans a spring run.",
			[]string{"DISTRIBUTED bellwether releasing -> salt ledger"}, nil},
		{"bought it", "Bellwether Releasing bought it at the festival and opens it in May.",
			[]string{"DISTRIBUTED bellwether releasing -> salt ledger"}, nil},
		{"acquired the film", "Bellwether Releasing has acquired the film for a sum near $2 million.",
			[]string{"DISTRIBUTED bellwether releasing -> salt ledger"}, nil},
		{"passive picked up by", "The Salt Ledger was picked up by Bellwether Releasing on Sunday.",
			[]string{"DISTRIBUTED bellwether releasing -> salt ledger"}, nil},
		{"passive acquired out of the festival by", "The film was acquired out of Park City by Bellwether Releasing.",
			[]string{"DISTRIBUTED bellwether releasing -> salt ledger"}, nil},
		{"a company bought", "Ever since Bellwether Releasing bought Kestrel Pictures in 2019, its slate has grown.",
			nil, []string{"DISTRIBUTED bellwether releasing -> salt ledger"}},
		{"a novel's rights", "Kestrel Pictures bought the rights to the novel in 2015.",
			nil, []string{"DISTRIBUTED kestrel pictures -> salt ledger"}},
		{"people bought the rights", "Marla Quince, Ody Tremaine and Vasquez bought the rights themselves.",
			nil, []string{"DISTRIBUTED vasquez -> salt ledger", "DISTRIBUTED perrin vasquez -> salt ledger"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
