package loaders

import "testing"

// TestOwnedJobParts checks "P's <describing words> JOB C" read as the
// actor P's part when capitalised modifiers stand before the job noun
// (typeOwnedJobParts), and that the modifier is not taken for the part
// (modifiesPart in actorOwnedParts).
func TestOwnedJobParts(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		want, not       []string // claims
		wantEnt, notEnt []string // entities
	}{
		{"agency before the job noun",
			"News\n\nThe Salt Ledger opens in June. Cora Vane plays a smuggler. Wes Pryor works alongside Cora Vane's Eurocorp detective Isa Larue and never believes a word.",
			[]string{"ACTED_IN cora vane -> salt ledger (isa larue)"}, []string{"ACTED_IN cora vane -> salt ledger (eurocorp)"},
			[]string{"Character:isa larue"}, []string{"Character:eurocorp", "Person:isa larue"}},
		{"place name and two job words after opposite",
			"News\n\nIn The Salt Ledger, opposite Kev Costa's Port Arden district attorney Jim Garrow, Lindqvist played a colonel.",
			[]string{"ACTED_IN kev costa -> salt ledger (jim garrow)"}, nil,
			[]string{"Character:jim garrow"}, []string{"Character:port arden"}},
		{"party adjective before the job noun",
			"News\n\nThe Salt Ledger opens in June. Alan Aldane plays a senator. The season pits Jim Smitts against Alan Aldane's Republican senator Arne Vinnick.",
			[]string{"ACTED_IN alan aldane -> salt ledger (arne vinnick)"}, nil,
			[]string{"Character:arne vinnick"}, []string{"Character:republican"}},
		{"a crew noun owned by a person is a real job",
			"News\n\nThe Salt Ledger opens in June. Cora Vane plays a smuggler. Cora Vane's longtime Paris editor Rhea Pell cut the film.",
			nil, []string{"ACTED_IN cora vane -> salt ledger (rhea pell)"},
			nil, []string{"Character:rhea pell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
