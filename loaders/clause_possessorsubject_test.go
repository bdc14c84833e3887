package loaders

import "testing"

// TestPossessorBeforeActor checks on invented sentences that the owner of
// "Q's comedy stars A as C" gets no part, while A does.
func TestPossessorBeforeActor(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		noCredit string // this person has no ACTED_IN claim
		credit   string // this person has one
	}{
		{"a maker's comedy stars an actor", "Harbor Lights\n\nHarbor Lights opens Friday. Maren Tollbeck's comedy stars Doran Pellis as Jake Lonergan.",
			"maren tollbeck", "doran pellis"},
		{"a maker's mash-up stars two actors", "Harbor Lights\n\nHarbor Lights opens Friday. Maren Tollbeck's genre mash-up stars Doran Pellis as the outlaw Jake Lonergan and Hestia Varnes as cattle baron Woodrow Dolarhyde.",
			"maren tollbeck", "hestia varnes"},
		{"an appositive with a cast list", "Salt King\n\nSalt King opens Friday. Harbor Lights (1978), Maren Tollbeck's biography with Doran Pellis as Holly, opened.",
			"maren tollbeck", "doran pellis"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCastCredits(t, c.text, []string{c.noCredit}, []string{c.credit})
		})
	}
}
