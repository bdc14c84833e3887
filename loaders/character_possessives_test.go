package loaders

import (
	"strings"
	"testing"
)

// TestProductionPossessives checks dropProductionPossessives on invented
// sentences: "P's C" in a production credit names a company (or a staff
// member), not a part, while a possessive casting outside one stays a
// credit.
func TestProductionPossessives(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // entities
		notWant []string
		noClaim string // no claim names this key
	}{
		{"produced by the owner's company", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The film was produced by Inez Varga's Lantern Yard with Tollbridge Pictures.",
			[]string{"Organisation:lantern yard"}, []string{"Character:lantern yard"}, "lantern yard"},
		{"company produced", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Aldo Brenn co-wrote the screenplay, and Aldo Brenn's Copperline produced; Streamly released it.",
			[]string{"Organisation:copperline"}, []string{"Character:copperline"}, "copperline"},
		{"which produces", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Its stars also executive produce, alongside Milo Trask's Halfway House, which produces the series.",
			nil, []string{"Character:halfway house"}, "halfway house"},
		{"financed by", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. It was produced by Ona Reyes and Cal Dorn, and financed by Dorn's Quiet Meadow.",
			nil, []string{"Character:quiet meadow"}, "quiet meadow"},
		{"a staff member of a company", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Brightwell Studios produced with Streamly, and the writers serve as executive producers alongside Brightwell's Gerald Tamsin.",
			[]string{"Person:gerald tamsin"}, []string{"Character:gerald tamsin"}, ""},
		{"a possessive casting stays", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Inez Varga's Marshal Tobin Creel lasted four episodes, but his death shaped the season.",
			[]string{"Character:marshal tobin creel"}, nil, ""},
		{"a possessive casting after with stays", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The season opens with Inez Varga's Marshal Tobin Creel riding into town.",
			[]string{"Character:marshal tobin creel"}, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notWant)
			if c.noClaim == "" {
				return
			}
			for _, cl := range claims {
				if strings.Contains(cl, c.noClaim) && (strings.Contains(cl, "ACTED_IN") || strings.Contains(cl, "PORTRAYED")) {
					t.Errorf("a credit names %q: %v", c.noClaim, claims)
				}
			}
		})
	}
}
