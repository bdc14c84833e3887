package loaders

import "testing"

// TestNewsParenCredit checks "P (F) has boarded ...": in casting news the
// brackets after a person hold an earlier credit, not a part.
func TestNewsParenCredit(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Adds Three to Its Cast\n\nIron Creek, a western from Neon, starts shooting in May. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"has boarded", "Hana Ostrow (The Glass Coast) has boarded the western, sources tell us.",
			[]string{"ACTED_IN hana ostrow -> glass coast"}, []string{"ACTED_IN hana ostrow -> iron creek as glass coast"}},
		{"a list before the verb", "Priya Castel (Floor Nine) and Wren Hadden have been tapped to lead the western.",
			[]string{"ACTED_IN priya castel -> floor nine"}, []string{"ACTED_IN floor nine -> iron creek as priya castel"}},
		{"no casting verb", "Greta Moll (Gloom) and Ross Tanner (Spite) are also back.",
			nil, []string{"ACTED_IN greta moll -> gloom"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
