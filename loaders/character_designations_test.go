package loaders

import "testing"

// TestDesignationParts checks that a numbered part ("Juror 8", "Agent
// 99") credited to an actor is read as a character (typeDesignationParts
// and the full-name step of resolveLocal), and that a numbered place is
// not.
func TestDesignationParts(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		want, not       []string // claims
		wantEnt, notEnt []string // entities
	}{
		{"part verb before a numbered juror",
			"News\n\nTwelve Chairs opens in June. Kit Moss plays Juror 6, the quiet painter, and Ada Quist plays Juror 2.",
			[]string{"ACTED_IN kit moss -> twelve chairs (juror 6)", "ACTED_IN ada quist -> twelve chairs (juror 2)"}, nil,
			[]string{"Character:juror 6", "Character:juror 2"}, nil},
		{"copula and describing words before a numbered juror",
			"News\n\nTwelve Chairs opens in June. Bo Reyes is the bullying Juror 4, and Ada Quist is the mild bank clerk Juror 9.",
			[]string{"ACTED_IN bo reyes -> twelve chairs (juror 4)", "ACTED_IN ada quist -> twelve chairs (juror 9)"}, nil,
			[]string{"Character:juror 4", "Character:juror 9"}, nil},
		{"appositive numbered agent after an owned job",
			"News\n\nThe Quiet Wire opens in June. Dana Holt is the agency's star operative, Agent 31, and Kit Moss plays the Chief.",
			[]string{"ACTED_IN dana holt -> quiet wire (agent 31)"}, nil,
			[]string{"Character:agent 31"}, nil},
		{"a numbered place is no part",
			"News\n\nThe Salt Ledger opens in June. Ada Quist is delightful as Overseer Rhea Pell of Vault 17, whose diplomacy hides a secret.",
			nil, []string{"ACTED_IN ada quist -> salt ledger (vault 17)"},
			nil, []string{"Character:vault 17"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
