package loaders

import "testing"

// TestProduceWith checks produceWith on invented sentences: the partners
// after "produces ... with", "produced with", "executive produce
// alongside"; and a new clause after the list.
func TestProduceWith(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"through a banner, with a list", "Jon Wade produces once again through his Dark Hour banner, with Tod Garr and Tobin Emm.",
			[]string{"PRODUCED jon wade -> iron creek", "PRODUCED tod garr -> iron creek", "PRODUCED tobin emm -> iron creek"}, nil},
		{"produced with one partner", "Gary Pendleton wrote the screenplay, and Bea Tallant produced with Dan Lund.",
			[]string{"PRODUCED dan lund -> iron creek"}, nil},
		{"executive produce alongside a list", "Both executive produce alongside Marty Shale, Selia Gorman and Dan Fennimore.",
			[]string{"PRODUCED marty shale -> iron creek", "PRODUCED selia gorman -> iron creek", "PRODUCED dan fennimore -> iron creek"}, nil},
		{"a company partner and a new clause", "Legend Films produced with The Pokey Company, and Warner Bros. released it.",
			[]string{"PRODUCED pokey company -> iron creek", "DISTRIBUTED warner bros. -> iron creek"}, []string{"PRODUCED warner bros. -> iron creek"}},
		{"guard: a relative's job in an appositive", "Gary Pendleton wrote the screenplay, and Bea Tallant, the director's sister, produced with Dan Lund.",
			[]string{"PRODUCED dan lund -> iron creek"}, []string{"DIRECTED bea tallant -> iron creek"}},
		{"through his company, a name", "Nat Fell is also producing through his company, Collide9.",
			[]string{"PRODUCED nat fell -> iron creek", "PRODUCED collide9 -> iron creek"}, nil},
		{"guard: with no name", "Ana Vittor produced with her usual energy.",
			nil, []string{"PRODUCED usual energy -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestCrewOverCredits checks that crewVerb reads the verb after a name's
// credits in parentheses ("P (F1, F2) directs", "P (F) is the
// cinematographer"), and that a character in parentheses stays a part.
func TestCrewOverCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"credits before a copula and a job", "Bill Popp (The Matrox, Baby Drover) is the cinematographer.",
			[]string{"WORKED_ON bill popp -> iron creek"}, nil},
		{"credits before a crew verb", "Kit Amory (Rough Ride, The Otis Show) directs from a script by Dal Muss.",
			[]string{"DIRECTED kit amory -> iron creek", "WROTE dal muss -> iron creek"}, nil},
		{"guard: a part in parentheses", "Tom Brisley (Viperous) plays the lead.",
			nil, []string{"DIRECTED tom brisley -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
