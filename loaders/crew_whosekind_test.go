package loaders

import "testing"

// TestWhoseKindFilm checks whoseKindFilm: "P, whose [describers] KIND F
// was ..." credits P with F (DIRECTED unless a job word before P says
// otherwise), not with the main clause's credit; a role, a novel and a
// company are not read so.
func TestWhoseKindFilm(t *testing.T) {
	cases := []lineCase{
		{"a genre noun", "Danish director Perrin Vasquez, whose submarine thriller The Salt Ledger was a breakout at last year's festival, is at the helm.",
			[]string{"DIRECTED perrin vasquez -> salt ledger"}, nil},
		{"a dated debut", "Perrin Vasquez, whose 2013 debut The Salt Ledger was itself a landmark, directs from his own screenplay.",
			[]string{"DIRECTED perrin vasquez -> salt ledger"}, nil},
		{"a debut before a main clause's other credit", "Perrin Vasquez, whose folk-horror debut The Salt Ledger won at Sitges, co-wrote the script.",
			[]string{"DIRECTED perrin vasquez -> salt ledger"}, []string{"WROTE perrin vasquez -> salt ledger"}},
		{"a job word before the name", "Cinematographer Perrin Vasquez, whose 2013 debut The Salt Ledger was a landmark, shot it.",
			nil, []string{"DIRECTED perrin vasquez -> salt ledger"}},
		{"guard: a role in a film", "Ana Lind, whose breakout role in The Salt Ledger won her an award, stars.",
			nil, []string{"DIRECTED ana lind -> salt ledger"}},
		{"guard: a novel", "Perrin Vasquez, whose debut novel The Salt Ledger was a bestseller, adapts it.",
			nil, []string{"DIRECTED perrin vasquez -> salt ledger"}},
	}
	runLineCases(t, twoTitlesHead, cases)
}
