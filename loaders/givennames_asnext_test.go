package loaders

import "testing"

// TestGivenNameBeforeAs checks the "A and B" case of givenNameContext on
// invented sentences: a name after a one-word part and "and" shares the
// part's surname ("as Tom and Maddie Wachowitz") unless its own "as"
// follows it: then it is the next actor of the list.
func TestGivenNameBeforeAs(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"next actor", "The 1998 film Night Ledger starred Tomas Arkell as Rubell and Ryan Vell as a fictional busboy, Shane Oster, and it flopped.",
			[]string{"Person:ryan vell"}, nil},
		{"guard: a shared surname", "The 1998 film Night Ledger starred Tomas Arkell and Dora Pim as Tom and Maddie Wachowitz, a couple.",
			nil, []string{"Person:maddie wachowitz"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
