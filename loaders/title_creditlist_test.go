package loaders

import "testing"

// TestCreditObjectLists checks typeCreditObjects' lists and dashes: the
// names of a list after a credit verb are films when each closes its
// clause; a name between dashes after a credit verb is one, but not the
// head of a title a dash goes on ("F - Part 2").
func TestCreditObjectLists(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a list after a credit verb",
			"News\n\nThe studio hired Kit Moss, who made Saltmoor and Greyfield.",
			[]string{"saltmoor=Film", "greyfield=Film"}, nil},
		{"a list member the clause goes on after",
			"News\n\nMoss, who directed Salt Hollow and Dana Frell told the press, is back.",
			[]string{"salt hollow=Film"}, []string{"dana frell=Film"}},
		{"between dashes",
			"News\n\nThe cinematographer — who shot Copper Road — is lighting the last scene.",
			[]string{"copper road=Film"}, nil},
		{"a dash going on in the title",
			"News\n\nIt is the first entry since Tallow Shoals - Part 2 in 2012.",
			nil, []string{"tallow shoals=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
