package loaders

import "testing"

// TestHeadSpanDateWords checks that a headline's quoted title holding a
// month or weekday name ("'Wolves May Weep'") is read whole in the body,
// with a number or a subtitle after it, and not cut at the date word.
func TestHeadSpanDateWords(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title with a month word",
			"'Wolves May Weep' Renewed for Season 2\n\nKestrel has renewed Wolves May Weep for a second season.",
			[]string{"wolves may weep="}, []string{"weep="}},
		{"with a sequel number",
			"'Wolves May Weep' Renewed for Season 2\n\nMara Voss has voiced Castor since Wolves May Weep 4, the studio said.",
			[]string{"wolves may weep 4="}, []string{"weep 4="}},
		{"with a subtitle",
			"'Wolves May Weep' Renewed for Season 2\n\nWolves May Weep: The Animated Series aired in 2007, with Mara Voss voicing Castor.",
			[]string{"wolves may weep: the animated series="}, []string{"weep: the animated series="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeysOf(mentionTypes(c.text)), c.want, c.not)
		})
	}
}
