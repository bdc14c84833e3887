package loaders

import "testing"

// TestCuedSmallWordTitle checks that an English title cut at a small
// lower-case word is read whole where the words before it say a title
// comes (a production noun, a possessive, "behind", a capitalised "The"
// inside the sentence), and that a part in a film, a channel and a place
// after a title stay apart.
func TestCuedSmallWordTitle(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"production noun before the title",
			"News\n\nKit Moss stars in the drama Letters from Harrowgate, which airs weekly.",
			[]string{"letters from harrowgate="}, []string{"harrowgate="}},
		{"possessive before the title",
			"News\n\nThe network's Lanterns over the Fenwater, a costume piece, drew viewers.",
			[]string{"lanterns over the fenwater="}, nil},
		{"behind before the title",
			"News\n\nDana Frell, the writer behind Letters from Harrowgate, returns.",
			[]string{"letters from harrowgate="}, nil},
		{"capitalised The inside a sentence",
			"News\n\nNext week the channel fills the slot with The Night Bakery in Brisvale, starring Kit Moss.",
			[]string{"night bakery in brisvale="}, []string{"brisvale="}},
		{"a part in a film",
			"News\n\nKit Moss was the ferryman Tam in Letters from Harrowgate, a small film.",
			nil, []string{"tam in letters from harrowgate="}},
		{"a channel after on The",
			"News\n\nThe series aired on The Vexa Channel in the Norland Isles.",
			nil, []string{"the vexa channel in the norland isles="}},
		{"a streamer after on",
			"News\n\nThe drama Harrowgate on Streamflix, a hit, returns.",
			nil, []string{"harrowgate on streamflix="}},
		{"a capitalised pronoun after on",
			"News\n\nMore than five years on, Rain Falling on You is still the drama people recommend.",
			[]string{"rain falling on you="}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var keys []string
			for _, g := range mentionTypes(c.text) {
				keys = append(keys, g[:indexEq(g)+1])
			}
			checkLines(t, keys, c.want, c.not)
		})
	}
}
