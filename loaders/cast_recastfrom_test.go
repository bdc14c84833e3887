package loaders

import "testing"

// TestRecastFromForms checks the recast forms recastFrom reads besides
// "took over the role of C from Q": an appositive of the part before
// "from", "taking over from Q" after the new actor's part, and "a role
// he took over in the second season from Q"; the earlier actor Q played
// C. A person between "over" and "from", or a clause break, gives no
// earlier actor.
func TestRecastFromForms(t *testing.T) {
	const head = "Tallow Shoals Season 3: Everything We Know\n\nTallow Shoals returns to Vellum next month for its third season. Tessa Rowe leads the cast as Mara Quint.\n\n"
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"appositive of the part",
			"Dario Fenn said he was nervous about taking over the role of Lucas Marrow, the harbor master, from the late Omar Kest.",
			[]string{"PORTRAYED omar kest -> lucas marrow"}, nil},
		{"taking over from Q",
			"In flashbacks, Dario Fenn plays Lucas Marrow, taking over from Omar Kest, who played the harbor master in the first season.",
			[]string{"PORTRAYED omar kest -> lucas marrow", "ACTED_IN dario fenn -> tallow shoals (lucas marrow)"}, nil},
		{"a role he took over in a season from Q",
			"Dario Fenn returns as Lucas Marrow, a role he took over in the second season from Omar Kest, who voiced the character in the first.",
			[]string{"PORTRAYED omar kest -> lucas marrow"}, nil},
		{"guard: a person before from",
			"Dario Fenn plays Lucas Marrow, taking over the role after Pell Aster moved away from Omar Kest.",
			nil, []string{"PORTRAYED omar kest -> lucas marrow"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(head + c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}
