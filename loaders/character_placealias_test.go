package loaders

import "testing"

// TestCharacterPlaceAlias checks the alias a character's name gets
// without the place or group a mention carried after it, on invented
// names: two or more capitalised words before "of"/"in" and a capitalised
// word; a title, rank or tie before "of", an article first, one word, or
// a lower-case word after "of" keeps the name whole.
func TestCharacterPlaceAlias(t *testing.T) {
	cases := []struct {
		name, in, base, bare string
	}{
		{"group after of", "Perrin Vasquez of BRASKOR", "Perrin Vasquez", ""},
		{"the and a place", "Tobin Marsh of the Kelder Watch", "Tobin Marsh", ""},
		{"a work after in", "Ilsa Varn in Salt Ledger", "Ilsa Varn", ""},
		{"a rank first", "Superintendent Dara Quell of Wexmoor Police", "Superintendent Dara Quell", "Dara Quell"},
		{"a title first", "Inspector Dara Quell of Wexmoor", "Inspector Dara Quell", "Dara Quell"},
		{"a title before of", "the Duke of Wexmoor", "", ""},
		{"a title last before of", "Mara Queen of Tallows", "", ""},
		{"one word", "Anselm of Wexmoor", "", ""},
		{"an article first", "The Keeper of Tallows", "", ""},
		{"a lower-case word after of", "Dara Quell of old", "", ""},
		{"no of", "Dara Quell", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			base, bare := characterPlaceAlias(c.in)
			if base != c.base || bare != c.bare {
				t.Errorf("characterPlaceAlias(%q) = %q, %q; want %q, %q", c.in, base, bare, c.base, c.bare)
			}
		})
	}
}

// TestCharacterPlaceAliasEmitted checks that an article's character
// whose mention carried a group after it goes by the name without it too.
func TestCharacterPlaceAliasEmitted(t *testing.T) {
	in := Input{Text: " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. " +
		"Lena Frey plays Odile Brask, the widow; Karl Meyer is Sgt. Tobin Marsh of the Kelder police; Sven Dahl plays Captain Rolf Varga."}
	in.Article.ID = "t"
	ins := []Input{in}
	doc, _, err := Document(t.Context(), ins, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range doc.Nodes {
		if n.Type != "Character" {
			continue
		}
		for _, a := range append([]string{n.Name}, n.Aliases...) {
			if a == "Tobin Marsh" {
				return
			}
		}
		t.Logf("character %q %v", n.Name, n.Aliases)
	}
	t.Errorf("no character goes by %q", "Tobin Marsh")
}
