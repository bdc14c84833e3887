package ingest_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/ingest"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

func mustSeed(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../seeds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestIngestArticle: one article given as text is loaded, left alone when
// sent again, replaced when changed or stored by another extractor, and
// bad input is refused with a
// one-line reason while what is stored stays.
func TestIngestArticle(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	ctx := context.Background()
	text := mustSeed(t, "004_e51101d42cc6990d.txt")
	steps := []struct {
		name string
		req  ingest.Request
		want ingest.Outcome
		err  error
	}{
		{"new", ingest.Request{ID: "api-1", Text: text}, ingest.Loaded, nil},
		{"same again", ingest.Request{ID: "api-1", Text: text}, ingest.Unchanged, nil},
		{"changed", ingest.Request{ID: "api-1", Text: strings.Replace(text, "Len Wiseman", "Chad Stahelski", 1)}, ingest.Replaced, nil},
		{"bad id", ingest.Request{ID: "../etc/passwd", Text: text}, "", kg.ErrInvalidInput},
		{"empty text", ingest.Request{ID: "api-2", Text: "  \n"}, "", kg.ErrInvalidInput},
		{"binary text", ingest.Request{ID: "api-3", Text: "\x00\x01\x02 not an article"}, "", kg.ErrInvalidInput},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			got, err := ingest.Article(ctx, s, st.req)
			if !errors.Is(err, st.err) || (err != nil && strings.Contains(err.Error(), "\n")) {
				t.Fatalf("error %v, want %v", err, st.err)
			}
			if err != nil && !strings.Contains(err.Error(), st.req.ID) {
				t.Fatalf("error %q does not name the article", err)
			}
			if got != st.want {
				t.Fatalf("outcome %q, want %q", got, st.want)
			}
		})
	}
	// the same text stored by another extractor is extracted again: replaced
	if err := s.ExecWrite(ctx, `MATCH (a:Article {id: 'api-1'}) SET a.extractor = 'rules-0'`, nil); err != nil {
		t.Fatal(err)
	}
	changed := ingest.Request{ID: "api-1", Text: strings.Replace(text, "Len Wiseman", "Chad Stahelski", 1)}
	if got, err := ingest.Article(ctx, s, changed); err != nil || got != ingest.Replaced {
		t.Fatalf("same text, stored by another extractor: %q %v, want %q", got, err, ingest.Replaced)
	}
	if got, err := ingest.Article(ctx, s, changed); err != nil || got != ingest.Unchanged {
		t.Fatalf("same text, same extractor: %q %v, want %q", got, err, ingest.Unchanged)
	}
	hashes, err := s.ArticleHashes(ctx)
	if err != nil || len(hashes) != 1 {
		t.Fatalf("stored articles %v %v, want only api-1", hashes, err)
	}
	doc, err := s.ExportDocument(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Edges {
		if e.Type == kg.Directed && e.From == "person:chad-stahelski" {
			found = true
		}
		if e.Type == kg.Directed && e.From == "person:len-wiseman" {
			t.Fatal("the replaced text's claim survived")
		}
	}
	if !found {
		t.Fatal("the changed text's DIRECTED claim is not in the graph")
	}
}
