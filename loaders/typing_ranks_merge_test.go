package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// documentIDs extracts one invented article and returns the ids of the
// document's nodes.
func documentIDs(t *testing.T, text string) []string {
	t.Helper()
	in := Input{Text: text}
	in.Article.ID = "dup"
	doc, _, err := Document(t.Context(), []Input{in}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, n := range doc.Nodes {
		ids = append(ids, n.ID)
	}
	return ids
}

// TestDuplicateNodes checks that a ranked short form ("Special Agent
// Harlow") joins the full character of the article ("Dana Harlow") and a
// company written with and without "Pictures" or "Cinema" is one node.
func TestDuplicateNodes(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string
		unwanted []string
	}{
		{"ranked surname", "'Frost Line' Season 2 Sets Return\n\nThe FX drama Frost Line stars Mia Vantry as Dana Harlow, an FBI agent. In the first season, Vantry's Special Agent Harlow arrived in the mining town.",
			[]string{kg.ID(kg.Character, "Dana Harlow")}, []string{kg.ID(kg.Character, "Special Agent Harlow")}},
		{"company suffix", "Frost Line returns\n\nFrost Line is Red Lantern Pictures' new horror film. Sam Hale is producing for Red Lantern.",
			[]string{kg.ID(kg.Organisation, "Red Lantern Pictures")}, []string{kg.ID(kg.Organisation, "Red Lantern")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ids := documentIDs(t, c.text)
			checkLines(t, ids, c.want, c.unwanted)
		})
	}
}

// TestDropRankModifier checks the key a rank modifier is dropped from.
func TestDropRankModifier(t *testing.T) {
	for _, c := range [][2]string{
		{"special agent harlow", "agent harlow"}, {"senior detective ross", "detective ross"},
		{"special forces", "special forces"}, {"acting president", "president"}, {"dana harlow", "dana harlow"},
	} {
		t.Run(c[0], func(t *testing.T) {
			if got := dropRankModifier(c[0]); got != c[1] {
				t.Errorf("dropRankModifier(%q) = %q, want %q", c[0], got, c[1])
			}
		})
	}
}
