package loaders

import "testing"

// TestKnownAsPartNames checks that a "known as" name after a part's
// description is the part: aliasRule makes no second title of the actor
// when a part verb stands before "known" (partVerbBefore), and a copula
// after the actor opens the description (knownAsHeads); "better known
// as", like "best known as", is fame and names no title, and so is a
// lower-case noun before "known as" (beingKnownAs); a title's "also known
// as" still names the film.
func TestKnownAsPartNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"part verb before known simply as", "Brackmoor Hollow stars Dana Quillby and Tom Fennick. Quillby plays the ghost, known simply as Yonder, and Fennick is Pell Marrow.",
			[]string{"Character:yonder"}, []string{"Film:quillby", "Film:yonder"}},
		{"copula before known only as", "Brackmoor Hollow opens in May. Tom Fennick is the drifter known only as Tallow, and Dana Quillby is the widow Tessaly Vane.",
			[]string{"Character:tallow"}, nil},
		{"better known as: a nickname, not a title", "Brackmoor Hollow opens in May. Tom Fennick returns as Dov Arlen, the Halden street kid better known as Tallow.",
			nil, []string{"Film:tallow", "Film:halden"}},
		{"a noun before known as: a thing's name, not a title", "Brackmoor Hollow opens in May. The story follows a Halden resistance cell known as Night Lantern.",
			nil, []string{"Film:night lantern", "Film:halden"}},
		{"guard: a production noun before known as", "Brackmoor Hollow opens in May. It remakes the 1961 film known as The Long Thaw.",
			nil, []string{"Character:long thaw", "Character:the long thaw"}},
		{"guard: a title also known as another", "Brackmoor Hollow, also known as The Long Thaw, stars Dana Quillby as Tessaly Vane.",
			nil, []string{"Character:long thaw", "Character:the long thaw"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
