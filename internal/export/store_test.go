package export_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// MustLoad writes arts into an emptied test Neo4j, refreshes the derived
// graph and returns the store.
func MustLoad(tb testing.TB, arts []kg.ArticleFacts) *neo4jstore.Store {
	tb.Helper()
	s := testdb.MustEmptyStore(tb)
	ctx := context.Background()
	res, err := s.WriteArticles(ctx, arts)
	if err != nil {
		tb.Fatal(err)
	}
	if len(res.Rejected) > 0 {
		tb.Fatalf("store rejected articles: %+v", res.Rejected)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestStoreExportsMatchGolden loads the seeds' facts into Neo4j and
// exports them back in every format through the streaming StoreReader
// (with pages of 7 entities so that page boundaries are crossed): each
// output must equal the golden file made from the in-memory document, and
// the JSON must equal the store's own ExportDocument.
func TestStoreExportsMatchGolden(t *testing.T) {
	facts, _ := MustSeedFacts(t)
	s := MustLoad(t, facts)
	r := export.NewStoreReader(s)
	r.PageSize = 7
	for _, tc := range goldenCases() {
		t.Run(tc.name, func(t *testing.T) {
			got, files := MustExport(t, r, tc.format, tc.opts(t), tc.dir)
			if tc.dir {
				checkGoldenTree(t, tc.name, files)
				return
			}
			checkGolden(t, tc.name, got)
		})
	}
	t.Run("json equals ExportDocument", func(t *testing.T) {
		got, _ := MustExport(t, r, "json", export.Options{}, false)
		doc, err := s.ExportDocument(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := doc.WriteJSON(&want); err != nil {
			t.Fatal(err)
		}
		if got != want.String() {
			t.Fatalf("streamed export differs from ExportDocument:\n%s", firstDiff(want.String(), got))
		}
	})
}

// TestFiltersAgree: the in-memory and the Neo4j readers resolve every
// filter to the same output, and reject unknown ids the same way.
func TestFiltersAgree(t *testing.T) {
	facts, _ := MustSeedFacts(t)
	mem, _ := MustMemReader(t)
	s := MustLoad(t, facts)
	st := export.NewStoreReader(s)
	st.PageSize = 5
	tests := []struct {
		name      string
		f         export.Filter
		wantNodes []string // must be among the exported nodes
		notNodes  []string // must not be
	}{
		{"id with neighbours", export.Filter{IDs: []string{"film:ballerina"}}, []string{"film:ballerina", "person:ana-de-armas", "person:len-wiseman", "franchise:john-wick"}, []string{"person:shay-hatten-x", "organisation:ruska-roma"}},
		{"type", export.Filter{Type: kg.Person}, []string{"person:ana-de-armas", "person:keanu-reeves"}, []string{"film:ballerina"}},
		{"franchise", export.Filter{Franchise: "franchise:john-wick"}, []string{"franchise:john-wick", "film:ballerina", "film:the-continental", "person:ana-de-armas", "character:winston"}, []string{"organisation:ruska-roma"}},
		{"franchise and type", export.Filter{Franchise: "franchise:john-wick", Type: kg.Film}, []string{"film:ballerina", "film:john-wick-chapter-4"}, []string{"person:ana-de-armas", "franchise:john-wick"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := export.Options{Filter: tc.f}
			a, _ := MustExport(t, mem, "json", o, false)
			b, _ := MustExport(t, st, "json", o, false)
			if a != b {
				t.Fatalf("readers disagree:\n%s", firstDiff(a, b))
			}
			for _, id := range tc.wantNodes {
				if !bytes.Contains([]byte(a), []byte(`"id": "`+id+`"`)) {
					t.Errorf("%s not exported", id)
				}
			}
			for _, id := range tc.notNodes {
				if bytes.Contains([]byte(a), []byte(`"id": "`+id+`"`)) {
					t.Errorf("%s exported", id)
				}
			}
			// wikitext pages follow the same filter
			wa, _ := MustExport(t, mem, "wikitext", o, false)
			wb, _ := MustExport(t, st, "wikitext", o, false)
			if wa != wb {
				t.Fatalf("wikitext differs:\n%s", firstDiff(wa, wb))
			}
		})
	}
	for _, r := range []export.Reader{mem, st} {
		for _, tc := range []struct {
			f    export.Filter
			want error
		}{
			{export.Filter{IDs: []string{"film:ballerina", "film:nope"}}, kg.ErrNotFound},
			{export.Filter{Franchise: "franchise:nope"}, kg.ErrNotFound},
			{export.Filter{Franchise: "film:ballerina"}, kg.ErrInvalidInput},
			{export.Filter{Type: "Planet"}, kg.ErrInvalidInput},
		} {
			f, _ := export.Lookup("json")
			var b bytes.Buffer
			err := export.Export(context.Background(), r, f, export.Options{Filter: tc.f}, export.Target{W: &b})
			if !errors.Is(err, tc.want) || b.Len() != 0 {
				t.Errorf("%T %+v: error %v (wrote %d bytes), want %v and nothing written", r, tc.f, err, b.Len(), tc.want)
			}
		}
	}
}
