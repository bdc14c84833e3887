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
		{"rounded out", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Kim Darrow (Wenna Prall), Dell Brune (Obed Finch) and Dayla Moss (Silas Grove) rounded out a company that critics still praise.",
			[]string{"PORTRAYED kim darrow -> wenna prall", "PORTRAYED dayla moss -> silas grove"}, []string{"PORTRAYED wenna prall -> kim darrow"}},
		{"expected back", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Gwil Osgood (Tobias Reed), Ben Loder (Miles Hart) and Joe Farrin (Ivo Penn) are all expected back.",
			[]string{"PORTRAYED gwil osgood -> tobias reed", "PORTRAYED joe farrin -> ivo penn"}, []string{"PORTRAYED tobias reed -> gwil osgood"}},
		{"a plot predicate keeps the part first", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Dustin Hale (Rafe Tolland) and Lucas Sill (Nico Brandt) complete the trio.",
			[]string{"PORTRAYED rafe tolland -> dustin hale"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
