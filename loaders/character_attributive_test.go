package loaders

import (
	"strings"
	"testing"
)

// TestAttributiveParts checks dropAttributiveParts on invented sentences:
// a name that modifies the noun after it ("the Dunmere detective") or a
// place's demonym is no part, and the actor keeps a credit without one;
// a part named after its description, or a city's name that is also a
// given name, stays a part.
func TestAttributiveParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // entities
		notWant []string
		noPart  string // no credit has this part
	}{
		{"name before a part noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Vin Morrow returns as the Dunmere detective for the first time since 1994.",
			[]string{"Person:vin morrow"}, []string{"Character:dunmere"}, "dunmere"},
		{"an adjective before the name", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Ada Kell has played the rumpled Northumberland detective since 2011.",
			nil, []string{"Character:northumberland"}, "northumberland"},
		{"a noun between the name and the part noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Ada Kell plays the Brackwater radio presenter Sam Pellman.",
			nil, []string{"Character:brackwater"}, "brackwater"},
		{"a demonym formed on a place", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Dana Quell will return as the mustachioed Kansan, and Ola Brisk is the diary-keeping Londoner.",
			[]string{"Person:dana quell", "Person:ola brisk"}, []string{"Character:kansan", "Character:londoner"}, "kansan"},
		{"a part named after its description", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Dana Quell returns as Brisk, the Dunmere detective.",
			[]string{"Character:brisk"}, nil, ""},
		{"a city that is a given name", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Dana Quell stars as Sofia, a nurse from the coast.",
			[]string{"Character:sofia"}, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notWant)
			if c.noPart == "" {
				return
			}
			for _, cl := range claims {
				if strings.Contains(cl, c.noPart) {
					t.Errorf("a claim names %q: %v", c.noPart, claims)
				}
			}
		})
	}
}

// TestPlaceDemonym checks placeDemonym on demonyms formed on the place
// lexicon and on words that are none.
func TestPlaceDemonym(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"londoner", true}, {"kansan", true}, {"floridian", true}, {"oklahoman", true},
		{"ranger", false}, {"london", false}, {"an", false}, {"banner", false},
	} {
		t.Run(c.w, func(t *testing.T) {
			if got := placeDemonym(c.w); got != c.want {
				t.Errorf("placeDemonym(%q) = %v, want %v", c.w, got, c.want)
			}
		})
	}
}
