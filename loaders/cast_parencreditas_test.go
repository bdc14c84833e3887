package loaders

import "testing"

// TestParenCreditAs checks "P (credit) as C" with no casting verb after
// the brackets ("stars P (The Long Quiet) as C", "P (Salt Ledger), who has
// been cast as C"): the brackets hold an earlier credit and the part is
// the name after "as"; a one-word name in brackets before a bare "as"
// stays unread by this rule, on invented sentences.
func TestParenCreditAs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"bare as after a titled credit", "Created by Anna Fisk, it stars Lena Frey (The Long Quiet) as Odile, a woman with no memory.",
			[]string{"as odile"}, []string{"as long quiet"}},
		{"bare as in a list", "Also boarding the project: Karl Meyer (Salt Ledger Days) as Tobin Marsh, the unhappy brother, and Sven Dahl as Rolf Varga.",
			[]string{"as tobin marsh"}, []string{"as salt ledger days"}},
		{"who has been cast as", "Joining her is Karl Meyer (Brask), who has been cast as Tobin Marsh, a Danish officer.",
			[]string{"as tobin marsh"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text)
			for _, w := range c.want {
				if !anyHasSuffix(got, w) {
					t.Errorf("no claim ends %q in %v", w, got)
				}
			}
			for _, w := range c.not {
				if anyHasSuffix(got, w) {
					t.Errorf("a claim ends %q in %v", w, got)
				}
			}
		})
	}
}

// anyHasSuffix reports whether a line of got ends with s.
func anyHasSuffix(got []string, s string) bool {
	for _, g := range got {
		if len(g) >= len(s) && g[len(g)-len(s):] == s {
			return true
		}
	}
	return false
}
