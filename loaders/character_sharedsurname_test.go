package loaders

import "testing"

// TestSharedSurnameGoesOn checks shareSurnames with pairGoesOn: two given
// names joined by "and" before one surname share it when the sentence
// goes on after the pair with a possessive, a plural verb or a
// preposition; a pair whose second name acts alone (a singular verb, a
// second "as") is left alone.
func TestSharedSurnameGoesOn(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"plural verb after the pair", "'Glass Haven' Review\n\nThe brothers Nils and Ivar Kelland return to direct Glass Haven.",
			[]string{"Person:nils kelland", "Person:ivar kelland"}, []string{"Person:nils"}},
		{"possessive after the pair", "'Glass Haven' Review\n\nThe show is loosely inspired by Nils and Ivar Kelland's 1996 film Glass Haven.",
			[]string{"Person:nils kelland"}, []string{"Person:nils"}},
		{"preposition after the pair", "'Glass Haven' Review\n\nThe novel was first filmed by Nils and Ivar Kelland in 2010.",
			[]string{"Person:nils kelland"}, nil},
		{"guard: a singular verb after a cast pair", "'Glass Haven' Review\n\nDana Ferrow plays Orla and Ivar Kelland plays Vosk in Glass Haven.",
			nil, []string{"Character:orla kelland", "Person:orla kelland"}},
		{"guard: parts owned by actors", "'Glass Haven' Review\n\nDana Ferrow's Lena and Tove Marsk's Greta also have big storylines in Glass Haven.",
			nil, []string{"Character:lena marsk", "Person:lena marsk"}},
		{"guard: the surname of a creator met before", "'Glass Haven' Review\n\nGlass Haven was created by Ivar Pia. Pia and Nils Kelland direct the new episodes.",
			nil, []string{"Person:pia kelland"}},
		{"guard: a second as", "'Glass Haven' Review\n\nDana Ferrow stars as Orla and Ivar Kelland as Vosk in Glass Haven.",
			nil, []string{"Character:orla kelland", "Person:orla kelland"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
