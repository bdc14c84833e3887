package loaders

import (
	"testing"
)

// TestVoiceOfParts checks typeVoiceOfParts on invented sentences: the
// name "the voice of" or "voice to" leads up to is a part of the actor
// before it, two actors and two parts pair in order, and "featuring the
// voices of" (no actor before) lists people.
func TestVoiceOfParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"voice of, described", "The Wexmoor\n\nThe Wexmoor, an animated fantasy, opens in May, directed by Zhavri Tolmenko. Ilse Kovander performs the voice of the goblin Snitchwick.",
			[]string{"ACTED_IN ilse kovander -> wexmoor (snitchwick)"}, nil},
		{"voice to", "The Wexmoor\n\nThe Wexmoor, an animated fantasy, opens in May, directed by Zhavri Tolmenko. Ilse Kovander lends her voice to ZIGGAR, the ship's computer.",
			[]string{"ACTED_IN ilse kovander -> wexmoor (ziggar)"}, nil},
		{"two actors, two parts", "The Wexmoor\n\nThe Wexmoor, an animated fantasy, opens in May, directed by Zhavri Tolmenko. Brannoc Dee and Ilse Kovander, the voices of Marrow and Tibble since the first season, are back.",
			[]string{"ACTED_IN brannoc dee -> wexmoor (marrow)"}, []string{"ACTED_IN ilse kovander -> wexmoor (marrow)"}},
		{"a relative clause", "The Wexmoor\n\nThe Wexmoor, an animated fantasy, opens in May, directed by Zhavri Tolmenko. Ilse Kovander, who lends her voice to Tibble, is back.",
			[]string{"ACTED_IN ilse kovander -> wexmoor (tibble)"}, nil},
		{"praise in an appositive", "The Wexmoor\n\nThe Wexmoor, an animated fantasy, opens in May, directed by Zhavri Tolmenko. Ilse Kovander, the soaring voice of Dusk Harbour, sings.",
			nil, []string{"ACTED_IN ilse kovander -> wexmoor (dusk harbour)"}},
		{"featuring the voices of", "The Wexmoor\n\nThe Wexmoor, an animated fantasy, opens in May, directed by Zhavri Tolmenko. The film features the voices of Ilse Kovander and Brannoc Dee.",
			nil, []string{"PORTRAYED zhavri tolmenko -> ilse kovander"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
	t.Run("featuring the voices of: people", func(t *testing.T) {
		text := "The Wexmoor\n\nThe Wexmoor, an animated fantasy, opens in May, directed by Zhavri Tolmenko. The film features the voices of Ilse Kovander and Brannoc Dee."
		a := runArticle(t, text)
		for i := range a.ments {
			if m := &a.ments[i]; m.key == "ilse kovander" && m.typ == "Character" {
				t.Errorf("%q typed a character", m.text)
			}
		}
	})
}
