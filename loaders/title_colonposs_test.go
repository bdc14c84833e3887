package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestColonPossessiveTails checks that a colon title whose subtitle holds
// an "'s" possessive is read whole ("Ferrow: Hitman's Holiday"), and that
// a speaker's label, a headline's rubric and a name going on after the
// possessive's name are not joined.
func TestColonPossessiveTails(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a subtitle with a possessive after a credit",
			"News\n\nMarlo Venn directed several films, including 2022's Ferrow: Hitman's Holiday.",
			[]string{"ferrow: hitman's holiday"}, []string{"ferrow: hitman"}},
		{"a subtitle with a possessive in brackets",
			"News\n\nThe show was created by Dana Quill (Tallis: Pandora's Lantern) and based on a novel.",
			[]string{"tallis: pandora's lantern"}, nil},
		{"a speaker's label",
			"News\n\nQ: That's Perrin Vasquez, isn't it?",
			nil, []string{"q: that's perrin vasquez"}},
		{"a person's work after a rubric in the body",
			"News\n\nThe festival named its films. Also in the Main Slate: Tovan Rellquist's Marrow, starring Perrin Vasquez.",
			nil, []string{"main slate: tovan rellquist's marrow"}},
		{"a headline's rubric",
			"Review: Norway's Harbour Drama Sinks\n\nThe film opens Friday.",
			nil, []string{"review: norway's harbour drama sinks"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, entityKeys(t, c.text+"\n", kg.Film), c.want, c.not)
		})
	}
}
