package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestLearnKindCodes checks learnKindCodes against learnKind on every pair
// of entity types, and that code 0 (a mention of no entity) has no kind.
func TestLearnKindCodes(t *testing.T) {
	types := []kg.NodeType{kg.Person, kg.Film, kg.Character, kg.Organisation, "", "Location", "Other"}
	for _, s := range types {
		for _, o := range types {
			t.Run(string(s)+"/"+string(o), func(t *testing.T) {
				if got, want := learnKindCodes[learnTypeCode(s)][learnTypeCode(o)], learnKind(s, o); got != want {
					t.Fatalf("learnKindCodes[%q][%q] = %d, learnKind %d", s, o, got, want)
				}
			})
		}
	}
	for o := range learnKindCodes[0] {
		if learnKindCodes[0][o] != learnKinds || learnKindCodes[o][0] != learnKinds {
			t.Fatalf("code 0 has a kind with code %d", o)
		}
	}
}
