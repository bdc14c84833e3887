package loaders

import (
	"slices"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestNumberedCompany checks, on invented sentences, company names led by
// a number: a number before the name joins it ("42 Lanterns
// Entertainment", "77North Entertainment"), an ordinal inside the name
// makes it a company ("9th Avenue Television"); a year or an amount does
// not join.
func TestNumberedCompany(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a number before the name", "Dana Wolk produced the film with Harlan Pike of 42 Lanterns Entertainment, which backed the project.",
			[]string{"42 lanterns entertainment"}, []string{"lanterns entertainment"}},
		{"digits written onto the name", "Rook Mallory executive produces alongside his 77North Entertainment partners.",
			[]string{"77north entertainment"}, []string{"north entertainment"}},
		{"an ordinal inside the name", "9th Avenue Television is the studio.",
			[]string{"9th avenue television"}, nil},
		{"guard: a year before the name", "In 2019 Bramble Pictures released the first film.",
			[]string{"bramble pictures"}, []string{"2019 bramble pictures"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := Input{Text: head + c.text + "\n"}
			in.Article.ID = "t"
			r := newArticle(&in).run()
			var orgs []string
			for _, e := range r.ents {
				if e.typ == kg.Organisation {
					orgs = append(orgs, e.key)
				}
			}
			for _, w := range c.want {
				if !slices.Contains(orgs, w) {
					t.Errorf("missing organisation %q in %v", w, orgs)
				}
			}
			for _, w := range c.not {
				if slices.Contains(orgs, w) {
					t.Errorf("unwanted organisation %q in %v", w, orgs)
				}
			}
		})
	}
}
