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
		{"took the director's chair", "Darren Voskuil took the director's chair; Voskuil co-wrote the script with Leigh Dunstan.",
			[]string{"DIRECTED darren voskuil -> iron creek"}, nil},
		{"again in the director's chair", "John Halvard, who directed the spin-off, is again in the director's chair.",
			[]string{"DIRECTED john halvard -> iron creek"}, nil},
		{"joined others in the director's chairs", "Conrad Ebbet joined Eric Sollen and Tom McAvin in the director's chairs, and Noah Kestler co-wrote the script.",
			[]string{"DIRECTED conrad ebbet -> iron creek", "DIRECTED eric sollen -> iron creek", "DIRECTED tom mcavin -> iron creek"},
			[]string{"DIRECTED noah kestler -> iron creek"}},
		{"directorial debut on the film at hand", "George Tamber, who wrote the adaptation Sandglass, makes his directorial debut.",
			[]string{"DIRECTED george tamber -> iron creek"}, nil},
		{"directing debut with a named film", "Lin Chen made her directorial debut with the raunchy road comedy Wild Drivers.",
			[]string{"DIRECTED lin chen -> wild drivers"}, []string{"DIRECTED lin chen -> iron creek"}},
		{"guard: left the director's chair", "Justin Ravel, who had directed five earlier installments, left the director's chair a week into shooting.",
			nil, []string{"DIRECTED justin ravel -> iron creek"}},
		{"guard: stepped back from the director's chair", "Todd McAlester stepped back from the director's chair in 2022 to focus on producing.",
			nil, []string{"DIRECTED todd mcalester -> iron creek"}},
		{"guard: a debut on a name not known as a film", "Fenwick Osk, who made his directing debut on The Amber Gates and starred in it, had been expected to return.",
			nil, []string{"DIRECTED fenwick osk -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
