package loaders

import "testing"

// TestPartInYearTitle checks that joinYearTitles leaves a part's name and
// the film it is played in apart ("the ferryman Old Tam in Grey Tides
// (1999)", "he was the Grey Rider in Salt Hollow (1981)") while a title
// with "in" inside stays whole, and that a capitalised "The" after "of"
// opens another name ("the Rook of The Glass Haven 2").
func TestPartInYearTitle(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"role noun before the part",
			"News\n\nKit Moss played the ferryman Old Tam in Grey Tides (1999), a small film.",
			[]string{"grey tides="}, []string{"old tam in grey tides="}},
		{"the part after was the",
			"News\n\nFor Dana Frell he was the Grey Rider in Salt Hollow (1981).",
			[]string{"salt hollow="}, []string{"grey rider in salt hollow="}},
		{"a title with in inside",
			"News\n\nKit Moss starred in Ghosts in Harbor Town (1999).",
			[]string{"ghosts in harbor town="}, nil},
		{"capitalised The after of",
			"News\n\nDana Frell, the Rook of The Glass Haven 2, has a cameo.",
			[]string{"glass haven 2="}, []string{"rook of the glass haven 2="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var keys []string
			for _, g := range mentionTypes(c.text) {
				keys = append(keys, g[:indexEq(g)+1]) // the key and "=", whatever the type
			}
			checkLines(t, keys, c.want, c.not)
		})
	}
}

// indexEq returns the index of the last "=" in s.
func indexEq(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '=' {
			return i
		}
	}
	return len(s)
}
