package loaders

import (
	"strings"
	"testing"
)

// TestOwnedParts checks typeOwnedParts on invented sentences: a part
// described by its owner ("Marta's daughter", "his rival", "the film's
// villain") after "is" or "as" is the actor's, and a job noun or no actor
// before the verb leaves the name alone.
func TestOwnedParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // entities
		notWant []string
	}{
		{"name's kin noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar is Marta's daughter, Penny.",
			[]string{"Character:penny", "Person:lena oskar"}, nil},
		{"the film's noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Tomas Varga is the film's villain, Rick Vane, a tech billionaire.",
			[]string{"Character:rick vane"}, []string{"Person:rick vane"}},
		{"pronoun and describing words", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar is his fierce half-sister Helga Brun, who leads the rest.",
			[]string{"Character:helga brun"}, []string{"Person:helga brun"}},
		{"back as the owner's noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar is back as Harry's wife, Dora.",
			[]string{"Character:dora"}, nil},
		{"joined as", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar has joined as Mandy's teenage daughter Wren, and Ola Berg has signed on.",
			[]string{"Character:wren", "Person:ola berg"}, []string{"Character:ola berg"}},
		{"relative clause before as", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Ola Berg is back, and Vin Dorsey, who broke out in Hook and Grab, returns as the estate's gamekeeper, Geoff Seaworth.",
			[]string{"Character:geoff seaworth", "Person:vin dorsey"}, nil},
		{"verb and particle before as", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Paul Rees pops up as Axel's colleague Jeff Fried, and fans will catch a cameo.",
			[]string{"Character:jeff fried"}, nil},
		{"worked as a job", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar worked as her assistant, Dora Lind, for years.",
			nil, []string{"Character:dora lind"}},
		{"who played and a rank", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Neither is Chidi Ekwe, who played Frazier's partner, Detective Obed Mitchell.",
			[]string{"Character:detective obed mitchell"}, nil},
		{"playing after a comma", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Newcomer Hana Yousef, playing Tavistock's new head of security, Sadie Vantry, holds her own.",
			[]string{"Character:sadie vantry", "Person:hana yousef"}, nil},
		{"two nouns joined by and", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Tomas Varga plays her boss, and Lena Oskar is his sister and bookkeeper, Margit.",
			[]string{"Character:margit"}, nil},
		{"crew noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Its writer is the show's director, Ola Berg.",
			nil, []string{"Character:ola berg"}},
		{"no actor before the verb", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The trouble is her brother, Ola Berg.",
			nil, []string{"Character:ola berg"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notWant)
		})
	}
}

// TestOwnedPartMovesFromOwner checks that the part of "P, playing OWNER'S
// <describing words>, C" is C, not the owner a cue read as the part.
func TestOwnedPartMovesFromOwner(t *testing.T) {
	_, claims := subjectFacts("The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Newcomer Hana Yousef, playing Tavistock's new head of security, Sadie Vantry, holds her own.")
	for _, c := range claims {
		if strings.Contains(c, "hana yousef") && strings.Contains(c, "tavistock") {
			t.Errorf("the owner is still the part: %v", claims)
		}
	}
	found := false
	for _, c := range claims {
		if strings.Contains(c, "hana yousef") && strings.Contains(c, "sadie vantry") {
			found = true
		}
	}
	if !found {
		t.Errorf("no claim of the part: %v", claims)
	}
}
