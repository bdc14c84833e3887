package loaders

import "testing"

// TestPluralRolePairNouns checks "A and B are/play <owner's> PLURAL C and
// D" for plural role nouns (pairNouns: colleagues, villains, lovers) and
// two plural nouns joined by "and" (partNounVerb): each actor gets the
// part at its place in the list, and no crossed part.
func TestPluralRolePairNouns(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		want, not       []string // claims
		wantEnt, notEnt []string // entities
	}{
		{"owner's colleagues",
			"News\n\nThe Salt Ledger opens in June. Ada Quist and Bo Reyes are Ben's colleagues Tomas and Thayer.",
			[]string{"ACTED_IN ada quist -> salt ledger (tomas)", "ACTED_IN bo reyes -> salt ledger (thayer)"},
			[]string{"ACTED_IN bo reyes -> salt ledger (tomas)"},
			[]string{"Character:thayer"}, nil},
		{"two plural nouns joined by and",
			"News\n\nThe Salt Ledger opens in June. Kit Moss and Dana Holt play Andie's co-workers and confidantes, Mirelle and Jeannie, while Ona Vell plays the editor.",
			[]string{"ACTED_IN kit moss -> salt ledger (mirelle)", "ACTED_IN dana holt -> salt ledger (jeannie)"},
			[]string{"ACTED_IN dana holt -> salt ledger (mirelle)"},
			[]string{"Character:jeannie"}, nil},
		{"the villains with particle names",
			"News\n\nThe Salt Ledger opens in June. Martin Csoka and Brendan Glade are the villains, Guy de Lusan and Raynal de Chatel, two knights itching for war.",
			[]string{"ACTED_IN martin csoka -> salt ledger (guy de lusan)", "ACTED_IN brendan glade -> salt ledger (raynal de chatel)"}, nil,
			[]string{"Character:guy de lusan", "Character:raynal de chatel"}, []string{"Person:guy de lusan"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
