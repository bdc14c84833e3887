package loaders

import (
	"testing"
)

// TestTypeOwnedFilms checks typeOwnedFilms: after "in" or "on" and a
// person's possessive a name is a film, not the person's part; a name
// before a work noun or a part noun, and an owner of one word, are left
// to the other rules.
func TestTypeOwnedFilms(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"two owned films in a list", "Tessa Morne joins the cast\n\nMorne, who has since turned up in Dario Fenwick's Copper Sky and Ines Valdor's Ebbtide, called it a reunion.\n",
			[]string{"copper sky=Film", "ebbtide=Film"}, nil},
		{"owned film before a part", "Gil Oakes dies at 80\n\nOakes was in Mara Lindqvist's Iron Tide as a harbour guard.\n",
			[]string{"iron tide=Film"}, []string{"iron tide=Character"}},
		{"on a person's film", "Rhea Tolman joins Vesper\n\nTolman worked on Colm Brady's Saltglass, the first of three films with him.\n",
			[]string{"saltglass=Film"}, nil},
		{"owned part before a part noun", "Ned Pryce returns\n\nPryce appeared in Jon Harl's Sergeant Bly role again.\n",
			nil, []string{"sergeant bly=Film"}},
		{"possessive without in", "Kit Oduya returns\n\nKit Oduya's Rhea Vance is back for the second season of Harbor Eleven.\n",
			nil, []string{"rhea vance=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := mentionTypes(c.text)
			checkLines(t, got, c.want, c.not)
		})
	}
}
