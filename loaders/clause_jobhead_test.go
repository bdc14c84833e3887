package loaders

import "testing"

// TestJobHeadAfter checks on invented sentences that "P returns as" a crew
// job with a modifier or in the plural gives no cast credit, while "P
// returns as C" still does.
func TestJobHeadAfter(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		who    string
		credit bool // who keeps an ACTED_IN claim
	}{
		{"a modified job noun", "Salt King\n\nSalt King opens Friday. Doran Pellis returns as character designer, and the music is again by Hestia Varnes.",
			"doran pellis", false},
		{"a plural job noun", "Salt King\n\nSalt King opens Friday. Maren Tollbeck and Corvin Dalby return as showrunners and will write the opening episodes.",
			"corvin dalby", false},
		{"a part", "Salt King\n\nSalt King opens Friday. Doran Pellis returns as Jake Lonergan, the harbour master.",
			"doran pellis", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			if has := hasCastCredit(claims, c.who); has != c.credit {
				t.Errorf("%q cast credit %v, want %v: %v", c.who, has, c.credit, claims)
			}
		})
	}
}
