package loaders

import "testing"

// TestDirectorSeat checks the director's-chair and directing-debut
// phrases on invented sentences, and the subjects who leave the chair.
func TestDirectorSeat(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"took the director's chair", "Darren Bous took the director's chair; Bous co-wrote the script with Leigh Whann.",
			[]string{"DIRECTED darren bous -> iron creek"}, nil},
		{"again in the director's chair", "John Donk, who directed the spin-off, is again in the director's chair.",
			[]string{"DIRECTED john donk -> iron creek"}, nil},
		{"joined others in the director's chairs", "Conrad Vern joined Eric Darn and Tom McGrat in the director's chairs, and Noah Baum co-wrote the script.",
			[]string{"DIRECTED conrad vern -> iron creek", "DIRECTED eric darn -> iron creek", "DIRECTED tom mcgrat -> iron creek"},
			[]string{"DIRECTED noah baum -> iron creek"}},
		{"directorial debut on the film at hand", "George Nolf, who wrote the adaptation Timeline, makes his directorial debut.",
			[]string{"DIRECTED george nolf -> iron creek"}, nil},
		{"directing debut with a named film", "Lin Chen made her directorial debut with the raunchy road comedy Joy Riders.",
			[]string{"DIRECTED lin chen -> joy riders"}, []string{"DIRECTED lin chen -> iron creek"}},
		{"guard: left the director's chair", "Justin Linn, who had directed five earlier installments, left the director's chair a week into shooting.",
			nil, []string{"DIRECTED justin linn -> iron creek"}},
		{"guard: stepped back from the director's chair", "Todd McFarl stepped back from the director's chair in 2022 to focus on producing.",
			nil, []string{"DIRECTED todd mcfarl -> iron creek"}},
		{"guard: a debut on a name not known as a film", "Wilson Pat, who made his directing debut on The Red Doors and starred in it, had been expected to return.",
			nil, []string{"DIRECTED wilson pat -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
