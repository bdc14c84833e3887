package loaders

import "testing"

// TestFramedYearTitles checks that a year in brackets right after two
// names joined by "and" or "in the" frames them as one title when the
// span opens its sentence or clause, and that a part and its film ("as
// X in Y (1981)", "named X in Y (1981)") stay two names.
func TestFramedYearTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two nouns joined by and",
			"News\n\nAshes and Embers (1997) recapped the series, and the studio released it that July.",
			[]string{"ashes and embers"}, []string{"embers"}},
		{"in the after a comma",
			"News\n\nFor more of her work, Lanterns in the Harbour (2018), directed by Oren Vasko, is a quieter romance.",
			[]string{"lanterns in the harbour"}, []string{"harbour"}},
		{"a part and its film after a cast word",
			"News\n\nHe was cast as Doc Harlan in Flint Ridge (2004) opposite Ines Corbal.",
			[]string{"doc harlan", "flint ridge"}, []string{"doc harlan in flint ridge"}},
		{"a part and its film inside a clause",
			"News\n\nThe director cast him as a fence named Orrin in Brasswork (1981), opposite Ines Corbal.",
			[]string{"orrin", "brasswork"}, []string{"orrin in brasswork"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
