package loaders

import "testing"

// TestDropCrewOnlyCastCredits checks on invented sentences that a list of
// people a crew job closes ("with A and B producing", "with A and B as
// executive producers") gives no cast credit when nothing in the sentence
// speaks of acting, while a person who directs and stars keeps both.
func TestDropCrewOnlyCastCredits(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		noCredit []string // these people have no ACTED_IN claim
		credit   []string // these people keep one
	}{
		{"a list closed by producing", "Harbor Lights 2\n\nHarbor Lights 2 is in the works. Paxley Media is fully financing Harbor Lights 2, with Doran Pellis, Hestia Varnes and Corvin Dalby producing alongside Tobin Wray.",
			[]string{"doran pellis", "hestia varnes", "corvin dalby"}, nil},
		{"a list as executive producers", "Harbor Lights\n\nHarbor Lights returns in May. Both seasons were produced by Lantern Films, with Bram Osterly and Lisette Moorby as executive producers and Selah Munt producing.",
			[]string{"bram osterly", "lisette moorby"}, nil},
		{"directs and stars", "Harbor Lights\n\nHarbor Lights opens in May. Maren Tollbeck directs and stars alongside Corvin Dalby and Hestia Varnes.",
			nil, []string{"maren tollbeck", "corvin dalby"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCastCredits(t, c.text, c.noCredit, c.credit)
		})
	}
}
