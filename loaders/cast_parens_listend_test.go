package loaders

import "testing"

// TestParenListClosedByPerson checks pairOrder's vote for a personal name
// that closes a list of "X (Y)" pairs without brackets: the list names
// people, so the bracketed names are their parts; a list of bracketed
// pairs with no such member keeps reading character first.
func TestParenListClosedByPerson(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"list closed by a bare personal name", "Glass Haven turns 40\n\nGlass Haven has launched careers. Dana Ferrow (Rhea Vance), Tove Marsk (Lena Holt) and Ivar Pell all passed through the harbour set.",
			[]string{"Person:dana ferrow", "Character:rhea vance", "Person:tove marsk", "Character:lena holt"}, []string{"Character:dana ferrow", "Person:rhea vance"}},
		{"guard: character first with a one-word part", "Glass Haven turns 40\n\nGlass Haven has launched careers. In season one, Rhea (Dana Ferrow) and Lena (Tove Marsk) ran the harbour.",
			[]string{"Person:dana ferrow", "Character:rhea"}, []string{"Character:dana ferrow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
