package loaders

import "testing"

// TestParenPairsListIntro checks the cues of cast_listintro.go on the
// order of "X (Y)" pairs: a story's "partnering with" or "a crew of
// three:" opens parts with their actors in brackets, "include" and
// "Cast:" open actors; a nickname or "our favourite" inside the brackets,
// "newcomer" before the bracketed name and a closing ", who plays E,"
// tell which side is the part (invented names).
func TestParenPairsListIntro(t *testing.T) {
	const head = "Harbor Lights\n\nHarbor Lights returns on Streamly in May. "
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"story verb with",
			head + "Mira Tolland takes a job, partnering with Jory Kell (Owen Pratt) and Cora Vane (Lise Amberton).",
			[]string{"PORTRAYED owen pratt -> jory kell", "PORTRAYED lise amberton -> cora vane"},
			[]string{"PORTRAYED jory kell -> owen pratt"}},
		{"story colon",
			head + "Tolland picks a crew of three: Jory Kell (Owen Pratt), Cora Vane (Lise Amberton) and Mira Bask (Dana Wexley), a sailor.",
			[]string{"PORTRAYED owen pratt -> jory kell", "PORTRAYED dana wexley -> mira bask"},
			[]string{"PORTRAYED mira bask -> dana wexley"}},
		{"cast colon",
			head + "Cast: Jory Kell (Owen Pratt), Cora Vane (Lise Amberton) and Mira Bask (Dana Wexley).",
			[]string{"PORTRAYED jory kell -> owen pratt", "PORTRAYED mira bask -> dana wexley"}, nil},
		{"include and a nickname",
			head + "The recruits include Dana Wexley (Mira Tolland), Owen Pratt (Jory Kell), Lise Amberton (Cora Vane, nicknamed \"Ladder\"), and more.",
			[]string{"PORTRAYED dana wexley -> mira tolland", "PORTRAYED lise amberton -> cora vane"},
			[]string{"PORTRAYED mira tolland -> dana wexley"}},
		{"our favourite",
			head + "Dana Wexley (Mira Tolland, our favourite lighthouse keeper) strolled out playing a tune.",
			[]string{"PORTRAYED dana wexley -> mira tolland"}, nil},
		{"newcomer in brackets",
			head + "Mira Tolland (newcomer Dana Wexley) is ten years old when she finds a boat.",
			[]string{"PORTRAYED dana wexley -> mira tolland"},
			[]string{"PORTRAYED mira tolland -> dana wexley"}},
		{"closing who plays",
			head + "Dana Wexley (Mira Tolland), Owen Pratt (Jory Kell) and Tasya Quarrel, who plays Cora, also return.",
			[]string{"PORTRAYED dana wexley -> mira tolland", "PORTRAYED owen pratt -> jory kell", "PORTRAYED tasya quarrel -> cora"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
