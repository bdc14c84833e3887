package loaders

import "testing"

// TestOrgPressJobs checks the jobs of a newspaper, magazine or newsroom
// as role nouns of a character's body: "C, X's imperious editor", "C, a
// X reporter", "C, the city editor of the X".
func TestOrgPressJobs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the body's possessive editor", "Bea Norwin plays Lana Tesk, Harbour Ledger's imperious editor, and Rob Kell turns up as her rival.",
			[]string{"MEMBER_OF lana tesk -> harbour ledger"}, nil},
		{"a X reporter who", "Tom Pell plays Dave Brill, a Weekly Lantern reporter who follows the band on tour.",
			[]string{"MEMBER_OF dave brill -> weekly lantern"}, nil},
		{"the columnist of the X", "Ari Mott is Kit Varga, the star columnist of the Dunmore Courier.",
			[]string{"MEMBER_OF kit varga -> dunmore courier"}, nil},
		{"guard: a person's possessive editor", "Sam Kerrigan plays Raye Dunstan, Ilona's editor.",
			nil, []string{"MEMBER_OF raye dunstan -> ilona"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
