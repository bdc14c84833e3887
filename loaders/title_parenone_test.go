package loaders

import "testing"

// TestParenSingleWork checks that one work in brackets right after a
// typed person ("Perrin Vasquez (Dead Lantern) directs") is typed a
// film, and that an agency in capitals, a network or a given name in the
// brackets is not.
func TestParenSingleWork(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a work after a director",
			"News\n\nThe film is directed by Perrin Vasquez. Director Perrin Vasquez (Dead Lantern) keeps the pace brisk.",
			[]string{"dead lantern=Film"}, nil},
		{"a work after a writer",
			"News\n\nThe screenplay is by Orla Brennick. Orla Brennick (Tollgate Summer) wrote the screenplay.",
			[]string{"tollgate summer=Film"}, nil},
		{"an agency in capitals",
			"News\n\nThe cast includes Perrin Vasquez. Perrin Vasquez (CAA) will play the mayor.",
			nil, []string{"caa=Film"}},
		{"a network",
			"News\n\nThe film is directed by Perrin Vasquez. Perrin Vasquez (Netflix) keeps the pace brisk.",
			nil, []string{"netflix=Film"}},
		{"a given name",
			"News\n\nThe film is directed by Perrin Vasquez. Perrin Vasquez (Sarah) keeps the pace brisk.",
			nil, []string{"sarah=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
