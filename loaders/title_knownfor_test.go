package loaders

import "testing"

// TestKnownForTitles checks typeKnownForTitles: a name after "known for",
// "nominee for" or "fans of" is a film; a place, one word before "and"
// and a company typed by its cue are left alone.
func TestKnownForTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"best known for",
			"News\n\nThe Danish actor, best known for Saltmoor, joins the cast.",
			[]string{"saltmoor=Film"}, nil},
		{"a nominee for",
			"News\n\nThe part goes to an Oscar nominee for Greyfield who grew up nearby.",
			[]string{"greyfield=Film"}, nil},
		{"fans of",
			"News\n\nHe was a familiar face to fans of Copper Road in the nineties.",
			[]string{"copper road=Film"}, nil},
		{"a place",
			"News\n\nThe chef is best known for London and its markets.",
			nil, []string{"london=Film"}},
		{"one word before and",
			"News\n\nShe is best known for Salt and Pepper on the radio.",
			nil, []string{"salt=Film", "pepper=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
