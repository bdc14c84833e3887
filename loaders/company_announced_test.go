package loaders

import "testing"

// TestAnnouncedFilm checks, on invented press-release openings, the
// companies that announce a title of their own: one studio, two studios,
// a streamer (DISTRIBUTED), a weekday before "that", a season of a series,
// a studio with an appositive, a quoted title and a distributor by name;
// and the guards: a verb that does not announce, and "announced that it
// acquired F" (no title right after the verb).
func TestAnnouncedFilm(t *testing.T) {
	const head = " date 2026-05-01\nA Release\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one studio", "LOS ANGELES — Quarry Lane Pictures today announced Ashen Coulee 2, the sequel to the 2024 western, set to open in theaters next summer.",
			[]string{"PRODUCED quarry lane pictures -> ashen coulee 2"}, nil},
		{"two studios", "Velmont Animation and Tessaly Studios today confirmed that The Salt Ledger, the sequel to the 2023 hit, will open on July 4.",
			[]string{"PRODUCED velmont animation -> salt ledger", "PRODUCED tessaly studios -> salt ledger"}, nil},
		{"a streamer", "Netflix today announced that The Salt Ledger, the drama from Dorian Welk, has been renewed for a third season.",
			[]string{"DISTRIBUTED netflix -> salt ledger"}, nil},
		{"a weekday before that", "Netflix announced Tuesday that The Salt Ledger, the drama from Dorian Welk, has been renewed.",
			[]string{"DISTRIBUTED netflix -> salt ledger"}, nil},
		{"a season of a series", "Netflix today announced that the second season of The Salt Ledger, the drama from Dorian Welk, will premiere in May.",
			[]string{"DISTRIBUTED netflix -> salt ledger"}, nil},
		{"a studio with an appositive", "Quarry Lane Pictures, the studio behind the animated series Red Harbor, today announced Red Harbor: The Tide, a feature film.",
			[]string{"PRODUCED quarry lane pictures -> red harbor: the tide"}, nil},
		{"a quoted title", "Apple TV+ today announced that \"Lantern Hollow,\" the thriller created by Mara Ives, will return for a third season.",
			[]string{"DISTRIBUTED apple tv+ -> lantern hollow"}, nil},
		{"a distributor by name", "Orlen Home Entertainment and Quarry Lane Pictures today announced that Ashen Coulee 2, the sequel to the western, arrives on disc in June.",
			[]string{"DISTRIBUTED orlen home entertainment -> ashen coulee 2", "PRODUCED quarry lane pictures -> ashen coulee 2"}, nil},
		{"guard: another verb", "Quarry Lane Pictures today praised Ashen Coulee 2, the sequel to the 2024 western.",
			nil, []string{"PRODUCED quarry lane pictures -> ashen coulee 2"}},
		{"guard: an acquisition", "Quarry Lane Pictures today announced that it acquired The Salt Ledger, the drama from Dorian Welk.",
			nil, []string{"PRODUCED quarry lane pictures -> salt ledger"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
