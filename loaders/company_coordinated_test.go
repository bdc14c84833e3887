package loaders

import "testing"

// TestCoordinatedCompanyCredits checks, on invented sentences, that a
// company listed beside a company a pattern credited shares its credit
// ("Tarnby Pictures and Quellmark Media released it", "acquired by
// Tarnby Films and Vellstream Pictures"), and the guard: a denial before
// the list.
func TestCoordinatedCompanyCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Brisket Hollow' Sets Its Return\n\nBrisket Hollow is a crime drama about a harbour town. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the first of two before released", "Tarnby Pictures and Quellmark Media released it in 2010.",
			[]string{"DISTRIBUTED tarnby pictures -> brisket hollow", "DISTRIBUTED quellmark media -> brisket hollow"}, nil},
		{"the second of two after acquired by", "Brisket Hollow was acquired by Tarnby Films and Vellstream Pictures in a deal worth $7 million.",
			[]string{"DISTRIBUTED tarnby films -> brisket hollow", "DISTRIBUTED vellstream pictures -> brisket hollow"}, nil},
		{"the first of two possessors", "Halvard Pictures and Tarnby's horror sequel Brisket Hollow opened first.",
			[]string{"DISTRIBUTED tarnby -> brisket hollow", "DISTRIBUTED halvard pictures -> brisket hollow"}, nil},
		{"guard: a denial before the list", "Brisket Hollow streams on Vellstream; it is not available on Tarnby+, Halvard+ or Wenlow+.",
			[]string{"DISTRIBUTED vellstream -> brisket hollow"}, []string{"DISTRIBUTED halvard+ -> brisket hollow", "DISTRIBUTED wenlow+ -> brisket hollow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
