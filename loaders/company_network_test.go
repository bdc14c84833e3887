package loaders

import "testing"

// TestCompanyNetworkShaped checks that a company with a broadcaster's
// shape (a short all-capitals name) before a format noun is credited as
// the network that puts the title out (DISTRIBUTED), in front of the
// title ("the KXV comedy F") and in the title's appositive, also when a
// relative clause without "that" follows the noun ("F, the KXV drama P
// created"); a studio's name keeps PRODUCED.
func TestCompanyNetworkShaped(t *testing.T) {
	const head = " date 2026-05-01\nMarla Quine, Star of 'Iron Fallow', Dies at 90\n\nMarla Quine, who starred in Iron Fallow for the network Wavecast and for the studio Brightline Pictures, died Monday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"capitals before a comedy and its title", "She spent two decades as Edna Pruett on the KXV comedy Glass Orchard (1978-1997).",
			[]string{"DISTRIBUTED kxv -> glass orchard"}, []string{"PRODUCED kxv -> glass orchard"}},
		{"capitals in an appositive with a bare relative clause", "She was best known for Night Ferries, the KXV drama Dana Holt created.",
			[]string{"DISTRIBUTED kxv -> night ferries"}, nil},
		{"guard: a studio before a comedy keeps PRODUCED", "She starred in the Brightline Pictures comedy Salt Roads.",
			[]string{"PRODUCED brightline pictures -> salt roads"}, []string{"DISTRIBUTED brightline pictures -> salt roads"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
