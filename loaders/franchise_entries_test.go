package loaders

import (
	"slices"
	"strings"
	"testing"
)

// docLines extracts text as one article through the whole pipeline (rules
// only) and returns its nodes ("Type id") and relations ("TYPE from ->
// to"), sorted.
func docLines(t *testing.T, text string) []string {
	t.Helper()
	in := Input{Text: text}
	in.Article.ID, in.Article.Date = "t", "2025-03-01"
	doc, _, err := Document(t.Context(), []Input{in}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range doc.Nodes {
		out = append(out, string(n.Type)+" "+n.ID)
	}
	for _, e := range doc.Edges {
		out = append(out, string(e.Type)+" "+e.From+" -> "+e.To)
	}
	slices.Sort(out)
	return out
}

// TestEntryFranchise checks the franchise named only as "the franchise"
// in an article listing the entries of a line: the first film's title
// names it, the first film and its entries are part of it.
func TestEntryFranchise(t *testing.T) {
	const line = "'Gravelmaw' at 20: How a Cheap Monster Movie Dug In\n\n" +
		"Twenty years ago Gravelmaw sent a burrowing worm through a desert town, and Gravelmaw became a cult hit on cable. " +
		"Gravelmaw starred Ona Veld as a surveyor. The studio ordered a follow-up, and the franchise became a yearly ritual. " +
		"Gravelmaw 2: Deeper (2008) moved the worms to a mine, and Gravelmaw: The Hatching (2011) went back in time. " +
		"Tomas Brill directed both.\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the franchise of a film and its entries", line,
			[]string{"Franchise franchise:gravelmaw", "PART_OF film:gravelmaw -> franchise:gravelmaw",
				"PART_OF film:gravelmaw-2-deeper -> franchise:gravelmaw", "PART_OF film:gravelmaw-the-hatching -> franchise:gravelmaw"}, nil},
		{"no bare franchise noun: no franchise",
			strings.Replace(line, "and the franchise became", "and the films became", 1),
			nil, []string{"Franchise franchise:gravelmaw", "PART_OF film:gravelmaw -> franchise:gravelmaw"}},
		{"a franchise named elsewhere is the one the noun means",
			line + "\nThe worms later crossed over into the Dunecrawl franchise.\n",
			nil, []string{"Franchise franchise:gravelmaw"}},
		{"one entry named in passing, the article about another film",
			"'Lantern Bay' Sets Its Cast\n\nLantern Bay, a thriller from Orbis, has cast Ona Veld. Lantern Bay shoots in May. " +
				"Veld starred in Gravelmaw and Gravelmaw 2, and the franchise made her a star. Lantern Bay opens in June.\n",
			nil, []string{"Franchise franchise:gravelmaw"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, docLines(t, c.text), c.want, c.not)
		})
	}
}
