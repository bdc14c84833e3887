package neo4jstore_test

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// rooneyClaim is the id of 002_b's claim that Ana de Armas plays Rooney.
func rooneyClaim() string {
	return neo4jstore.ClaimID(kg.Claim{Subject: "person:ana-de-armas", Relation: kg.ActedIn, Object: "film:ballerina",
		Qualifiers: map[string]string{"character": "Rooney"}})
}

func queryStrings(t *testing.T, s *neo4jstore.Store, cypher string, params map[string]any) []string {
	t.Helper()
	rows, err := s.QueryRead(context.Background(), cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, r := range rows {
		switch v := r["v"].(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, e := range v {
				out = append(out, e.(string))
			}
		case nil:
		default:
			t.Fatalf("unexpected value %T %v", v, v)
		}
	}
	return out
}

// reload unloads and loads 002_b again, so a correction must survive its
// claims and mentions being written anew.
func reload(t *testing.T, s *neo4jstore.Store) {
	t.Helper()
	if _, err := s.UnloadArticles(context.Background(), []string{"002_b"}); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, s, facts(fixture()[1]))
}

// TestCorrections: each correction shows in the graph, survives a reload of
// the article it touches, and once undone leaves the graph of a clean load.
func TestCorrections(t *testing.T) {
	fx := facts(fixture()...)
	tests := []struct {
		name    string
		correct func(ctx context.Context, s *neo4jstore.Store) (kg.Correction, error)
		check   func(t *testing.T, s *neo4jstore.Store)
	}{
		{"alias", func(ctx context.Context, s *neo4jstore.Store) (kg.Correction, error) {
			return s.AddAlias(ctx, "person:len-wiseman", "Leonard Wiseman")
		}, func(t *testing.T, s *neo4jstore.Store) {
			got := queryStrings(t, s, `MATCH (p:Person {id: 'person:len-wiseman'}) RETURN p.keys AS v`, nil)
			if !reflect.DeepEqual(got, []string{"len wiseman", "leonard wiseman", "wiseman"}) {
				t.Fatalf("keys %q", got)
			}
			if e := string(mustExport(t, s)); !strings.Contains(e, `"Leonard Wiseman"`) {
				t.Fatal("export lacks the editor alias")
			}
		}},
		{"merge", func(ctx context.Context, s *neo4jstore.Store) (kg.Correction, error) {
			// the kept entity is named in a later article than the merged
			// one, and keeps its own canonical name all the same
			return s.MergeEntities(ctx, "character:rooney", "character:eve-macarro")
		}, func(t *testing.T, s *neo4jstore.Store) {
			if got := queryStrings(t, s, `MATCH (c:Entity {id: 'character:eve-macarro'}) RETURN c.id AS v`, nil); len(got) != 0 {
				t.Fatal("the merged entity is still there")
			}
			got := queryStrings(t, s, `MATCH (c:Character {id: 'character:rooney'}) RETURN c.name AS v UNION ALL
MATCH (c:Character {id: 'character:rooney'}) RETURN c.aliases AS v`, nil)
			if !reflect.DeepEqual(got, []string{"Rooney", "Eve", "Eve Macarro"}) {
				t.Fatalf("kept entity name and aliases %q", got)
			}
			got = queryStrings(t, s, `MATCH (a:Article)-[:MENTIONS]->(:Character {id: 'character:rooney'}) RETURN a.id AS v ORDER BY v`, nil)
			if !reflect.DeepEqual(got, []string{"001_a", "002_b"}) {
				t.Fatalf("sources of the kept entity come from %q", got)
			}
			got = queryStrings(t, s, `MATCH (:Person {id: 'person:ana-de-armas'})-[:PORTRAYED]->(c:Character) RETURN c.id AS v`, nil)
			if !reflect.DeepEqual(got, []string{"character:rooney"}) {
				t.Fatalf("PORTRAYED now points to %q", got)
			}
		}},
		{"reject", func(ctx context.Context, s *neo4jstore.Store) (kg.Correction, error) {
			return s.RejectClaim(ctx, rooneyClaim(), "Rooney is a different character")
		}, func(t *testing.T, s *neo4jstore.Store) {
			got := queryStrings(t, s, `MATCH (:Person {id: 'person:ana-de-armas'})-[r:ACTED_IN]->(:Film) RETURN r.character AS v UNION ALL
MATCH (:Person {id: 'person:ana-de-armas'})-[r:ACTED_IN {disputed: true}]->(:Film) RETURN 'disputed' AS v UNION ALL
MATCH (c:Claim {id: $id, rejected: true}) RETURN c.rejectReason AS v`, map[string]any{"id": rooneyClaim()})
			if !reflect.DeepEqual(got, []string{"Eve Macarro", "Rooney is a different character"}) {
				t.Fatalf("after the rejection: %q", got)
			}
			if e := string(mustExport(t, s)); strings.Contains(e, `"character": "Rooney"`) || strings.Contains(e, `"Rooney"`+"\n       ]") {
				t.Fatal("export still has the rejected claim")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCounts, wantExport := freshState(t, fx)
			s := testdb.MustEmptyStore(t)
			ctx := context.Background()
			mustLoad(t, s, fx)
			k, err := tt.correct(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, s)
			reload(t, s)
			tt.check(t, s)
			list, err := s.ListCorrections(ctx)
			if err != nil || len(list) != 1 || list[0].ID != k.ID || list[0].Undone || list[0].CreatedAt.IsZero() {
				t.Fatalf("ListCorrections: %+v %v, want %+v", list, err, k)
			}
			u, err := s.UndoCorrection(ctx, k.ID)
			if err != nil || !u.Undone {
				t.Fatalf("undo: %+v %v", u, err)
			}
			if _, err := s.UndoCorrection(ctx, k.ID); !errors.Is(err, kg.ErrInvalidInput) {
				t.Fatalf("second undo: %v", err)
			}
			got := mustExport(t, s)
			if !bytes.Equal(got, wantExport) {
				t.Fatalf("after undo the export differs from a clean load:\n%s", firstDiff(got, wantExport))
			}
			c := mustCount(t, s)
			wantCounts.Nodes++ // the correction node stays, marked undone
			if c != wantCounts {
				t.Fatalf("after undo counts %+v, want %+v", c, wantCounts)
			}
		})
	}
}

// TestCorrectionErrors: bad editor input gets a one-line error of the right
// kind and changes nothing.
func TestCorrectionErrors(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	mustLoad(t, s, facts(fixture()...))
	before := mustExport(t, s)
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"alias of unknown entity", func() error { _, err := s.AddAlias(ctx, "person:nobody", "X"); return err }, kg.ErrNotFound},
		{"empty alias", func() error { _, err := s.AddAlias(ctx, "person:len-wiseman", "  "); return err }, kg.ErrInvalidInput},
		{"alias already a name", func() error { _, err := s.AddAlias(ctx, "person:len-wiseman", "WISEMAN"); return err }, kg.ErrInvalidInput},
		{"merge into itself", func() error { _, err := s.MergeEntities(ctx, "film:ballerina", "film:ballerina"); return err }, kg.ErrInvalidInput},
		{"merge unknown", func() error { _, err := s.MergeEntities(ctx, "film:ballerina", "film:nope"); return err }, kg.ErrNotFound},
		{"merge different types", func() error {
			_, err := s.MergeEntities(ctx, "person:len-wiseman", "character:rooney")
			return err
		}, kg.ErrInvalidInput},
		{"reject unknown claim", func() error { _, err := s.RejectClaim(ctx, "claim:nope", "wrong"); return err }, kg.ErrNotFound},
		{"reject without reason", func() error { _, err := s.RejectClaim(ctx, rooneyClaim(), ""); return err }, kg.ErrInvalidInput},
		{"undo unknown", func() error { _, err := s.UndoCorrection(ctx, "correction:nope"); return err }, kg.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, tt.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %v, want a one-line %v", err, tt.want)
			}
		})
	}
	if got := mustExport(t, s); !bytes.Equal(got, before) {
		t.Fatalf("failed corrections changed the graph:\n%s", firstDiff(got, before))
	}
	if list, err := s.ListCorrections(ctx); err != nil || len(list) != 0 {
		t.Fatalf("corrections recorded: %v %v", list, err)
	}
}

// TestMergeChainUndo: A into B, then B into C; undoing the second leaves A
// in B, as if only the first merge had been made.
func TestMergeChainUndo(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	ctx := context.Background()
	mustLoad(t, s, facts(fixture()...))
	if _, err := s.MergeEntities(ctx, "character:eve-macarro", "character:rooney"); err != nil {
		t.Fatal(err)
	}
	_, wantExport := func() (neo4jstore.Counts, []byte) { return mustCount(t, s), mustExport(t, s) }()
	k2, err := s.MergeEntities(ctx, "character:the-director-of-ruska-roma", "character:eve-macarro")
	if err != nil {
		t.Fatal(err)
	}
	got := queryStrings(t, s, `MATCH (c:Character) RETURN c.id AS v ORDER BY v`, nil)
	if !reflect.DeepEqual(got, []string{"character:the-director-of-ruska-roma"}) {
		t.Fatalf("characters after two merges: %q", got)
	}
	reload(t, s)
	if _, err := s.UndoCorrection(ctx, k2.ID); err != nil {
		t.Fatal(err)
	}
	if got := mustExport(t, s); !bytes.Equal(got, wantExport) {
		t.Fatalf("after undoing the second merge:\n%s", firstDiff(got, wantExport))
	}
}
