package loaders

import (
	"slices"
	"strings"
	"testing"
)

// TestTitleBeforeParen checks titleBeforeParen on invented articles: a
// title the headline names or an earlier sentence typed a film, before a
// bracketed name, is no part of the person in the brackets (the brackets
// translate the title), while "C (P)" after a part's name stays a credit.
func TestTitleBeforeParen(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want      string // a claim that must be found
		notEntity string
		noPart    string // no claim has this part
	}{
		{"the headline's quoted title translated", "Mirela Dunsford on joining 'Prés Salés' for its final season\n\nThe Breton drama Prés Salés (Salt Meadows) returns on Streamly on Sunday for its third and last season.",
			"", "Character:prés salés", "prés salés"},
		{"a film typed earlier", "Festival roundup\n\nThe jury gave its top prize to the film Glass Orchard on Sunday. Glass Orchard (Verger de Verre) opens in Paris next month.",
			"", "Character:glass orchard", "glass orchard"},
		{"a part before an actor stays", "Salt Meadows returns for a second season\n\nSalt Meadows returns on Streamly in May. Captain Orla Feldane (Mirela Dunsford) is back at the helm.",
			"ACTED_IN mirela dunsford -> salt meadows (captain orla feldane)", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			if c.want != "" && !slices.Contains(claims, c.want) {
				t.Errorf("missing %q in %v", c.want, claims)
			}
			if c.notEntity != "" && slices.Contains(ents, c.notEntity) {
				t.Errorf("unwanted %q in %v", c.notEntity, ents)
			}
			for _, cl := range claims {
				if c.noPart != "" && strings.HasSuffix(cl, "("+c.noPart+")") {
					t.Errorf("a credit has the part %q: %v", c.noPart, claims)
				}
			}
		})
	}
}
