package loaders

import "testing"

// TestJoinInnerPossessives checks that a title of small words cut at a
// possessive inside it ("Three Ran Past the Heron's Pond") is read whole,
// that such a title ending in a common noun for a person keeps its
// possessive ("Evenings at Gran's"), and that a given name after the
// possessive or a personal name before it stays apart.
func TestJoinInnerPossessives(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a name after the possessive of a title",
			"News\n\nThe producer, who had made Three Ran Past the Heron's Pond with Verhoek, bought the rights.",
			[]string{"three ran past the heron's pond"}, []string{"three ran past the heron", "pond"}},
		{"two words after the possessive",
			"News\n\nThe editor, who had cut Dance Under the Miller's Golden Barn with Verhoek, left.",
			[]string{"dance under the miller's golden barn"}, []string{"golden barn"}},
		{"a title ending in a person noun keeps its possessive",
			"News\n\nHer short film Evenings at Mum's screened at a festival in Leeds.",
			[]string{"evenings at mum's"}, []string{"evenings at mum"}},
		{"a given name after the possessive stays apart",
			"News\n\nThe Keeper of the Towers's Sarah Quell joined the cast.",
			nil, []string{"the keeper of the towers's sarah"}},
		{"a personal name is no title",
			"News\n\nHe met Ada Verhoek's Tide producers.",
			nil, []string{"ada verhoek's tide"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestJoinInnerPossessivesOwn checks that a title's own possessive before
// a noun ("Evenings at Mum's grip on the chart") stays off the title.
func TestJoinInnerPossessivesOwn(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a noun after the possessive",
			"News\n\nHoldovers were steady. Evenings at Mum's grip on the top spot held.",
			nil, []string{"evenings at mum's"}},
		{"punctuation after the possessive",
			"News\n\nHer short film Evenings at Mum's, a comedy, screened in Leeds.",
			[]string{"evenings at mum's"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
