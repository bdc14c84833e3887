package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// entityTypeOf runs the article pipeline on text and returns the type of
// the entity the mention with key resolved to ("" when none).
func entityTypeOf(text, key string) kg.NodeType {
	a := testArticle(text, "")
	a.run()
	for _, m := range a.ments {
		if m.key == key && m.ent >= 0 {
			return a.ents[a.find(int(m.ent))].typ
		}
	}
	return ""
}

// TestForeignLedRuns checks that a capitalised run opened by a foreign
// article reads as a title, never as a personal name, and that a name's
// particle, the given name "Les", a place and a company are left alone.
func TestForeignLedRuns(t *testing.T) {
	cases := []struct {
		name, text, key string
		foreign         bool
	}{
		{"French title opening a sentence", "News\n\nLes Jardins Muets opened in March and sold two million tickets.", "les jardins muets", true},
		{"Spanish title after a possessive", "News\n\nShe was best known for Tomas Ferrat's El Jinete Pálido and its sequel.", "el jinete palido", true},
		{"a particle inside a personal name", "News\n\nThe part went to Corinne de La Varenne last spring.", "corinne de la varenne", false},
		{"the given name Les", "News\n\nLes Pardrow directed the pilot.", "les pardrow", false},
		{"a place", "News\n\nShe moved to Los Angeles in 1990.", "los angeles", false},
		{"a company", "News\n\nLes Films Verdier produced it.", "les films verdier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			a.run()
			found := false
			for _, m := range a.ments {
				if m.key != c.key {
					continue
				}
				found = true
				if m.foreignThe != c.foreign || c.foreign && m.personShaped() {
					t.Errorf("%q: foreignThe=%v personShaped=%v", m.key, m.foreignThe, m.personShaped())
				}
			}
			if !found {
				t.Fatalf("no mention %q in %v", c.key, mentionKeys(c.text))
			}
		})
	}
	if typ := entityTypeOf("News\n\nLes Jardins Muets opened in March and sold two million tickets.", "les jardins muets"); typ == kg.Person {
		t.Errorf("title typed %s", typ)
	}
}
