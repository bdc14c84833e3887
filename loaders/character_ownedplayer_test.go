package loaders

import "testing"

// TestOwnedPartUntypedPlayer checks typeOwnedParts on an actor no other
// cue types: before a play verb and an owned description ("P plays his
// wife and business partner, C") the person-shaped name is the actor and
// the name after the comma the part.
func TestOwnedPartUntypedPlayer(t *testing.T) {
	const head = "Lido 2031: Zhavri Tolmenko's 'Grint' Finally Crosses the Line, and Orrin Pelt Goes Full Boss\n\n"
	cases := []struct {
		name    string
		text    string
		want    []string
		notWant []string
	}{
		{"plays his wife and partner", head + "Zorvane Kovander plays his wife and business partner, Maudie Grint, in the best film.",
			[]string{"PORTRAYED zorvane kovander -> maudie grint"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
