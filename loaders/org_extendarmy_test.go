package loaders

import "testing"

// TestBodyTailArmy checks that "army" after "the" and a name joins the
// body's name like the other bodyTailNouns ("the Southern Coast army").
func TestBodyTailArmy(t *testing.T) {
	const head = " date 2026-05-01\n'Copper Harbor' Sets Its Cast\n\nCopper Harbor, a war drama from Wavecast, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a commander in the X army", "Ilan Mots plays Tev Ardon, a company commander in the Southern Coast army who hides her.",
			[]string{"MEMBER_OF tev ardon -> southern coast army"}, []string{"MEMBER_OF tev ardon -> southern coast"}},
		{"a general of the X army", "Oda Fenn is Mira Holst, a general of the Velmar army.",
			[]string{"MEMBER_OF mira holst -> velmar army"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
