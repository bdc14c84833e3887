package loaders

import "testing"

// TestParenPairPredicates checks pairOrder's predicates after a list of
// "X (Y)" pairs: "rounded out" and "are all expected back" tell of
// actors, so the names outside the brackets are the people.
func TestParenPairPredicates(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"rounded out", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Kim Darrow (Joanie Stabb), Dell Brune (Dan Dorrit) and Dayla Cain (Charlie Utt) rounded out a company that critics still praise.",
			[]string{"PORTRAYED kim darrow -> joanie stabb", "PORTRAYED dayla cain -> charlie utt"}, []string{"PORTRAYED joanie stabb -> kim darrow"}},
		{"expected back", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Gwil Leander (Brian Mayhew), Ben Hardwick (Roger Tailor) and Joe Mazzer (John Deak) are all expected back.",
			[]string{"PORTRAYED gwil leander -> brian mayhew", "PORTRAYED joe mazzer -> john deak"}, []string{"PORTRAYED brian mayhew -> gwil leander"}},
		{"a plot predicate keeps the part first", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Dustin Hale (Gat Marrow) and Lucas Sill (Cal Mack) complete the trio.",
			[]string{"PORTRAYED gat marrow -> dustin hale"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
