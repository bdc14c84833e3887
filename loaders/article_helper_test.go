package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// runArticle builds the article of text (id "t") and runs the whole
// per-article pipeline on it, for tests that look at its mentions, subject
// film or claims; it never fails.
func runArticle(tb testing.TB, text string) *article {
	tb.Helper()
	in := Input{Text: text}
	in.Article.ID = "t"
	a := newArticle(&in)
	a.run()
	return a
}

// mustEntity runs the per-article pipeline on text (id "t") and returns
// its entity whose key is key; it fails tb at once when there is none.
func mustEntity(tb testing.TB, text, key string) outEnt {
	tb.Helper()
	in := Input{Text: text}
	in.Article.ID = "t"
	for _, e := range newArticle(&in).run().ents {
		if e.key == key {
			return e
		}
	}
	tb.Fatalf("no entity %q", key)
	return outEnt{}
}

// entityType runs the per-article pipeline on text (id "t") and returns
// the type of its entity whose key is key, or "" when there is none.
func entityType(tb testing.TB, text, key string) kg.NodeType {
	tb.Helper()
	in := Input{Text: text}
	in.Article.ID = "t"
	for _, e := range newArticle(&in).run().ents {
		if e.key == key {
			return e.typ
		}
	}
	return ""
}

// entityKeys runs the per-article pipeline on text (id "t") and returns
// the keys of its entities of type typ, in the order they were emitted.
func entityKeys(tb testing.TB, text string, typ kg.NodeType) []string {
	tb.Helper()
	in := Input{Text: text}
	in.Article.ID = "t"
	var keys []string
	for _, e := range newArticle(&in).run().ents {
		if e.typ == typ {
			keys = append(keys, e.key)
		}
	}
	return keys
}
