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
