package loaders

import (
	"context"
	"sort"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// resolvedCharacters runs the whole pipeline (with cross-article
// resolution) over one article and lists the character ids it keeps.
func resolvedCharacters(t *testing.T, text string) []string {
	t.Helper()
	in := Input{Text: text}
	in.Article.ID = "t"
	res, err := Extract(context.Background(), []Input{in}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range res.Articles {
		for _, e := range a.Entities {
			if e.Type == kg.Character {
				out = append(out, e.ID)
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestGivenNameShortForm checks that a given name standing beside the one
// full character name it starts is that character even when another actor
// plays it (a young and an old version), and that two full names sharing a
// surname stay two characters.
func TestGivenNameShortForm(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{
			name: "young and old versions",
			text: "News\n\nThe Hollow Tide returns to Lantern Streaming in May. Dara Quell plays Tobin Marsh, a boy who finds a door in the cave. " +
				"Anselm Bricht plays the older Tobin, who has spent years behind it.",
			want: []string{"character:tobin-marsh"},
			not:  []string{"character:tobin"},
		},
		{
			name: "surname of a personal name",
			text: "News\n\nThe Hollow Tide returns to Lantern Streaming in May. Dara Quell plays Tobin Marsh, a boy who finds a door in the cave. " +
				"In the later episodes Anselm Bricht plays Marsh, grown old.",
			want: []string{"character:tobin-marsh"},
			not:  []string{"character:marsh"},
		},
		{
			name: "an epithet is no given name",
			text: "News\n\nThe Hollow Tide returns to Lantern Streaming in May. Dara Quell plays Quarrax Marsh, a tyrant of the deep. " +
				"In the later episodes Anselm Bricht plays Marsh, his rival.",
			want: []string{"character:quarrax-marsh", "character:marsh"},
		},
		{
			name: "a family keeps two characters",
			text: "News\n\nThe Hollow Tide returns to Lantern Streaming in May. Dara Quell plays Tobin Marsh, a boy who finds a door in the cave. " +
				"Anselm Bricht plays Odile Marsh, his mother.",
			want: []string{"character:tobin-marsh", "character:odile-marsh"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := resolvedCharacters(t, c.text)
			has := map[string]bool{}
			for _, g := range got {
				has[g] = true
			}
			for _, w := range c.want {
				if !has[w] {
					t.Errorf("missing %s; got %v", w, got)
				}
			}
			for _, w := range c.not {
				if has[w] {
					t.Errorf("unwanted %s; got %v", w, got)
				}
			}
		})
	}
}
