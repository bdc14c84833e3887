package loaders

import "testing"

func TestRomajiMorae(t *testing.T) {
	for w, want := range map[string]int{"hiroshi": 3, "kanemura": 4, "tannoumi": 5, "tsumika": 3, "ose": 2, "ryouko": 3, "matcha": 3,
		"ranko": 3, "shiun": 3, "brandt": 0, "smith": 0, "wells": 0, "kyle": 0, "foundation": 0, "time": 0, "side": 0, "yin": 0, "fumiko": 3} {
		t.Run(w, func(t *testing.T) {
			if got := romajiMorae(w); got != want {
				t.Errorf("romajiMorae(%q) = %d, want %d", w, got, want)
			}
		})
	}
}

// TestRomajiNames checks romajiName in givenNameRuns: a name in Hepburn
// romanisation whose given name the gazetteer lacks is a person in a
// crew credit; a short or lexicon-word pair is not read as one.
func TestRomajiNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"composer credit", "'Glass Haven' Review\n\nGlass Haven has a score by Ryouta Hasegawa and is out on Friday.",
			[]string{"Person:ryouta hasegawa"}, nil},
		{"series composition", "'Glass Haven' Review\n\nDirected by Dana Ferrow, with series composition by Kenshiro Takamura, the show returns in May.",
			[]string{"Person:kenshiro takamura"}, nil},
		{"guard: a place before a noun", "'Glass Haven' Review\n\nThe crew shot at the Kamome Harbor studio for a month.",
			nil, []string{"Person:kamome harbor"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
