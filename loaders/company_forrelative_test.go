package loaders

import "testing"

// TestForOutletRelativeAndYear checks, on invented sentences, that a
// company after "for" is credited with the title of a relative clause
// whose verb made it ("F, which P directed for O", "F (1991), which P
// shot for O") and with a title whose parenthesised year stands before
// the appositive ("F (2007), P's romantic comedy for O"), and that a
// verb that makes nothing is no credit.
func TestForOutletRelativeAndYear(t *testing.T) {
	const head = " date 2026-05-01\nA Look Back\n\nIron Orchard is a 2020 thriller directed by Dana Reyes. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"which P directed for O", "Ana Lopez appeared in Iron Orchard, which Dana Reyes directed for Corvid Pictures.",
			[]string{"PRODUCED corvid pictures -> iron orchard"}, nil},
		{"year then which P shot for O", "Ana Lopez appeared in Iron Orchard (1991), which Dana Reyes shot for Corvid Pictures from a script by Ray Hill.",
			[]string{"PRODUCED corvid pictures -> iron orchard"}, nil},
		{"year then possessive genre for O", "Ana Lopez appeared in Iron Orchard (2007), Dana Reyes's romantic comedy for Corvid Pictures.",
			[]string{"PRODUCED corvid pictures -> iron orchard"}, nil},
		{"which P left for O", "Ana Lopez appeared in Iron Orchard, which Dana Reyes left for Corvid Pictures.",
			nil, []string{"PRODUCED corvid pictures -> iron orchard", "DISTRIBUTED corvid pictures -> iron orchard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
