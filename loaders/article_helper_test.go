package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// testArticle builds the article of text with id "t" and date (an ISO
// date, or "" for none) without running the pipeline, for tests that look
// at its tokens, sentences or mentions before or during the passes.
func testArticle(text, date string) *article {
	in := Input{Text: text}
	in.Article.ID, in.Article.Date = "t", date
	return newArticle(&in)
}

// runDated builds the article of text (id "t", date as in testArticle)
// and runs the whole per-article pipeline on it; it never fails.
func runDated(text, date string) *article {
	a := testArticle(text, date)
	a.run()
	return a
}

// localRun runs the per-article pipeline on text (id "t", date as in
// testArticle) and returns its entities and claims; it never fails.
func localRun(text, date string) *localResult {
	return testArticle(text, date).run()
}

// runArticle builds the article of text (id "t") and runs the whole
// per-article pipeline on it, for tests that look at its mentions, subject
// film or claims; it never fails.
func runArticle(tb testing.TB, text string) *article {
	tb.Helper()
	return runDated(text, "")
}

// claimLines renders r's relationship claims as "REL subject -> object",
// with the character key between open and close when the claim has one
// (" as ", "" or " (", ")"), in claim order; claims without a relation or
// an end are left out.
func claimLines(r *localResult, open, close string) []string {
	var out []string
	for _, c := range r.claims {
		if c.rel == "" || c.subj < 0 || c.obj < 0 {
			continue
		}
		l := string(c.rel) + " " + r.ents[c.subj].key + " -> " + r.ents[c.obj].key
		if c.char >= 0 {
			l += open + r.ents[c.char].key + close
		}
		out = append(out, l)
	}
	return out
}

// mustEntity runs the per-article pipeline on text (id "t") and returns
// its entity whose key is key; it fails tb at once when there is none.
func mustEntity(tb testing.TB, text, key string) outEnt {
	tb.Helper()
	for _, e := range localRun(text, "").ents {
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
	for _, e := range localRun(text, "").ents {
		if e.key == key {
			return e.typ
		}
	}
	return ""
}

// entityTypeCase is one entity-typing case: an article text, the folded
// key of the entity to look up in it, and the type wanted ("" when the
// key must name no entity).
type entityTypeCase struct {
	name, text, key string
	want            kg.NodeType
}

// runEntityTypeCases runs each case as a subtest and fails it when the
// entity with the case's key in its text (entityType) is not typed want.
func runEntityTypeCases(t *testing.T, cases []entityTypeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := entityType(t, c.text, c.key); got != c.want {
				t.Errorf("type of %q = %q, want %q", c.key, got, c.want)
			}
		})
	}
}

// entityKeys runs the per-article pipeline on text (id "t") and returns
// the keys of its entities of type typ, in the order they were emitted.
func entityKeys(tb testing.TB, text string, typ kg.NodeType) []string {
	tb.Helper()
	var keys []string
	for _, e := range localRun(text, "").ents {
		if e.typ == typ {
			keys = append(keys, e.key)
		}
	}
	return keys
}
