package loaders

import "testing"

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
