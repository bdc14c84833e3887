package loaders

import "testing"

// TestCutTitles checks mergeCutTitles on invented sentences: a film title
// shortened at a function word to its head or its tail, after the full
// title, is one film; a short title that names a character, or a title
// with its own "The" that a strong cue types, stays a film of its own.
func TestCutTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"head cut at of", "Ruth Callow starred in the drama Tides of Marrow in 2019. Hollin Pictures released the film Tides in 40 countries.",
			[]string{"Film:tides of marrow"}, []string{"Film:tides"}},
		{"tail cut at in", "Kenton Rall directed the mystery A Drowning in Velmora. Hollin Pictures released the film Velmora in 40 countries.",
			[]string{"Film:a drowning in velmora"}, []string{"Film:velmora"}},
		{"guard: short title named first", "Hollin Pictures released the film Tides in 40 countries. Ruth Callow starred in the drama Tides of Marrow in 2019.",
			[]string{"Film:tides of marrow", "Film:tides"}, nil},
		{"guard: own The and a strong cue", "Hollin Pictures released the film The Tidewalker and Pip in May. Ana Rusk created the streaming series The Tidewalker in 2019.",
			[]string{"Film:tidewalker and pip", "Film:tidewalker"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
