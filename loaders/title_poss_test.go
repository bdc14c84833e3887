package loaders

import "testing"

// TestJoinCuedPossessives checks that a possessive title ("Kessler's
// Landing") is read whole when a production noun names it, and that an
// owner's possessive (a platform, a person named before) or a possessive
// with no production noun stays apart.
func TestJoinCuedPossessives(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"genre noun before the title",
			"News\n\nFrom 2009 she starred in the cable western Kessler's Landing as a rancher.",
			[]string{"kessler's landing"}, []string{"kessler", "landing"}},
		{"production noun and a comma before the title",
			"News\n\nHe returned in the 2014 sequel, Dunmore's Return, which he co-wrote.",
			[]string{"dunmore's return"}, []string{"dunmore", "return"}},
		{"appositive after the title",
			"News\n\nHe voiced a robot in Pike's Last Stand, the 2011 film that closed the run.",
			[]string{"pike's last stand"}, []string{"pike"}},
		{"a platform's possessive stays an owner",
			"News\n\nShe starred in the series Netflix's Northfall last year.",
			[]string{"netflix"}, []string{"netflix's northfall"}},
		{"a studio's possessive stays an owner",
			"News\n\nNext week Lantern and Pixar's Hopwell, the original animated comedy directed by Kit Moss, opens wide.",
			[]string{"pixar", "hopwell"}, []string{"pixar's hopwell"}},
		{"a person's surname named before stays an owner",
			"News\n\nAda Verhoek directed it. The film Verhoek's Tide opens Friday.",
			nil, []string{"verhoek's tide"}},
		{"no production noun, no join",
			"News\n\nShe joined Harlan's Bakery in Ohio.",
			nil, []string{"harlan's bakery"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestNumberedPartEndsSubtitle checks that a numbered subtitle ("Part
// Two") is whole, so "and" after it starts another title, while a short
// subtitle of two words joined by "and" stays one title.
func TestNumberedPartEndsSubtitle(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"part and a number, then another title",
			"News\n\nShe was last seen in Starfall: Part Two and Harbor Lights, both hits.",
			[]string{"starfall: part two", "harbor lights"}, []string{"starfall: part two and harbor lights"}},
		{"chapter and a digit",
			"News\n\nHe appeared in Gunmetal: Chapter 3 and Night Ferry last year.",
			[]string{"gunmetal: chapter 3", "night ferry"}, nil},
		{"a two-word subtitle joined by and",
			"News\n\nShe bought tickets for Emberfall: Frost and Cinder on Friday.",
			[]string{"emberfall: frost and cinder"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
