package loaders

import "testing"

// TestJoinCuedTitles checks that a title cut at a small word is read whole
// when a production noun names it, before it or in an appositive after
// it, and that a maker, a service, a place or a clause after the noun
// keeps the names apart.
func TestJoinCuedTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"genre noun before the title",
			"News\n\nFourth place went to the legal drama Ruling at Midnight, which took $3 million.",
			[]string{"ruling at midnight"}, []string{"ruling", "midnight"}},
		{"appositive after the title",
			"News\n\nThat beats the start of Wild Dogs for Hire, the 2019 sequel that went on to gross $400 million.",
			[]string{"wild dogs for hire"}, []string{"hire"}},
		{"a maker after for stays apart",
			"News\n\nKit Moss last made the biopic Harbor for Lionsgate.",
			[]string{"harbor", "lionsgate"}, []string{"harbor for lionsgate"}},
		{"a place after in stays apart",
			"News\n\nShe shot the thriller Nightfall in Toronto.",
			[]string{"nightfall"}, []string{"nightfall in toronto"}},
		{"a clause after the noun stays apart",
			"News\n\nKit Moss made the filmed version of Harbor for Streamly, the remake stars Bo Reyes.",
			nil, []string{"harbor for streamly"}},
		{"no cue, no join",
			"News\n\nKit Moss flew Boston to Denver last week.",
			[]string{"boston", "denver"}, []string{"boston to denver"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
