package neo4jstore_test

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestExportEqualsBuildDocument: what is written and read back is the
// document kg.BuildDocument makes from the same facts, byte for byte.
func TestExportEqualsBuildDocument(t *testing.T) {
	fx := fixture()
	tests := []struct {
		name string
		arts []article
	}{
		{"one article", fx[:1]},
		{"conflicting articles", fx[:2]},
		{"all three", fx},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testdb.MustEmptyStore(t)
			in := facts(tt.arts...)
			res := mustLoad(t, s, in)
			if len(res.Loaded) != len(in) || res.Relationships == 0 {
				t.Fatalf("write result %+v", res)
			}
			got := mustExport(t, s)
			want := mustJSON(t, kg.BuildDocument(in))
			if !bytes.Equal(got, want) {
				t.Fatalf("export differs from BuildDocument:\n%s", firstDiff(got, want))
			}
			if c := mustCount(t, s); c.Stale != 0 {
				t.Fatalf("%d entities still stale after Refresh", c.Stale)
			}
		})
	}
}

// TestExportGolden pins the export of the fixture, so a change of the
// document's shape is seen in review.
func TestExportGolden(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	mustLoad(t, s, facts(fixture()...))
	mustGolden(t, "fixture.export.json", mustExport(t, s))
}

// TestLoadIsIdempotent: the second load of the same articles skips them
// all and leaves the same counts and a byte-identical export.
func TestLoadIsIdempotent(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	in := facts(fixture()...)
	mustLoad(t, s, in)
	c1, e1 := mustCount(t, s), mustExport(t, s)
	res := mustLoad(t, s, in)
	if len(res.Skipped) != len(in) || len(res.Loaded)+len(res.Replaced) != 0 || res.Relationships != 0 {
		t.Fatalf("second load: %+v", res)
	}
	if c2 := mustCount(t, s); c2 != c1 {
		t.Fatalf("counts changed: %+v then %+v", c1, c2)
	}
	if e2 := mustExport(t, s); !bytes.Equal(e1, e2) {
		t.Fatalf("export changed:\n%s", firstDiff(e2, e1))
	}
}

// TestIncremental: a changed article replaces its old claims, an unloaded
// article takes away what only it supported; either way the graph equals a
// clean load of the articles that remain.
func TestIncremental(t *testing.T) {
	fx := fixture()
	changed := fx[1]
	changed.claims = append([]claim{}, fx[1].claims[1:]...) // drops "Rooney"
	changed.ents = append([]ent{}, fx[1].ents...)
	changed.ents[2] = ent{t: kg.Character, name: "Eve Macarro"}
	changed.claims = append(changed.claims, claim{s: "Person/Ana de Armas", rel: "ACTED_IN", o: "Film/Ballerina",
		quals: map[string]string{"character": "Eve Macarro"}, sentence: 3})
	tests := []struct {
		name   string
		before []article
		op     func(t *testing.T, ctx context.Context, s storeOps)
		after  []article
		check  func(t *testing.T, export string)
	}{
		{"changed article replaced", fx, func(t *testing.T, ctx context.Context, s storeOps) {
			res := mustLoad(t, s.Store, facts(fx[0], changed, fx[2]))
			if !reflect.DeepEqual(res.Replaced, []string{"002_b"}) || len(res.Skipped) != 2 {
				t.Fatalf("reload: %+v", res)
			}
		}, []article{fx[0], changed, fx[2]}, func(t *testing.T, export string) {
			if strings.Contains(export, "character:rooney") || strings.Contains(export, `"Rooney"`) {
				t.Fatal("the replaced article's old claim survived")
			}
		}},
		{"unload", fx, func(t *testing.T, ctx context.Context, s storeOps) {
			got, err := s.UnloadArticles(ctx, []string{"002_b"})
			if err != nil || !reflect.DeepEqual(got, []string{"002_b"}) {
				t.Fatalf("unload: %v %v", got, err)
			}
		}, []article{fx[0], fx[2]}, func(t *testing.T, export string) {
			for _, gone := range []string{"person:len-wiseman", "character:rooney", "002_b"} {
				if strings.Contains(export, gone) {
					t.Fatalf("%s survived the unload", gone)
				}
			}
			if !strings.Contains(export, "organisation:lionsgate") {
				t.Fatal("an entity of another article went too")
			}
		}},
		{"unload everything", fx, func(t *testing.T, ctx context.Context, s storeOps) {
			if _, err := s.UnloadArticles(ctx, []string{"001_a", "002_b", "003_c"}); err != nil {
				t.Fatal(err)
			}
		}, nil, func(t *testing.T, export string) {}},
		{"unload unknown id", fx[:1], func(t *testing.T, ctx context.Context, s storeOps) {
			_, err := s.UnloadArticles(ctx, []string{"999_nope"})
			if !errors.Is(err, kg.ErrNotFound) || !strings.Contains(err.Error(), "999_nope") {
				t.Fatalf("unload of an unknown id: %v", err)
			}
		}, fx[:1], func(t *testing.T, export string) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCounts, wantExport := freshState(t, facts(tt.after...))
			s := testdb.MustEmptyStore(t)
			mustLoad(t, s, facts(tt.before...))
			tt.op(t, context.Background(), storeOps{s})
			if c := mustCount(t, s); c != wantCounts {
				t.Fatalf("counts %+v, a clean load of the remaining articles gives %+v", c, wantCounts)
			}
			got := mustExport(t, s)
			if !bytes.Equal(got, wantExport) {
				t.Fatalf("export differs from a clean load:\n%s", firstDiff(got, wantExport))
			}
			tt.check(t, string(got))
		})
	}
}

// TestDerivedEdgesInBrowser: a user writing Cypher sees the plain edges of
// the spec, with a disputed qualifier stored as a list and flagged.
func TestDerivedEdgesInBrowser(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	fx := fixture()
	mustLoad(t, s, facts(fx...))
	rows, err := s.QueryRead(context.Background(), `MATCH (p:Person)-[r:ACTED_IN]->(f:Film)
RETURN p.name AS person, f.title AS film, r.character AS character, r.disputed AS disputed ORDER BY person`, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{
		{"person": "Ana de Armas", "film": "Ballerina", "character": []any{"Eve Macarro", "Rooney"}, "disputed": true},
		{"person": `Robert "Bobby" O'Neil \ MATCH (n) DETACH DELETE n`, "film": "Ballerina", "character": `The "Director" {of} Ruska Roma`, "disputed": nil},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Fatalf("ACTED_IN rows\n got %v\nwant %v", rows, want)
	}
	tests := []struct {
		name, cypher string
		want         []string
	}{
		{"edge types", `MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT type(r) AS v ORDER BY v`,
			[]string{"ACTED_IN", "APPEARS_IN", "DIRECTED", "DISTRIBUTED", "PORTRAYED", "SPIN_OFF_OF"}},
		{"labels", `MATCH (e:Entity) UNWIND labels(e) AS l WITH DISTINCT l WHERE l <> 'Entity' RETURN l AS v ORDER BY v`,
			[]string{"Character", "Film", "Franchise", "Organisation", "Person"}},
		{"keys", `MATCH (e:Person {id: 'person:ana-de-armas'}) UNWIND e.keys AS v RETURN v ORDER BY v`,
			[]string{"ana de armas", "de armas"}},
		{"film release dates disputed", `MATCH (f:Film {id: 'film:ballerina'}) UNWIND f.releaseDate AS v RETURN v ORDER BY v`,
			[]string{"2024-06-07", "2025"}},
		{"mentions", `MATCH (a:Article)-[m:MENTIONS]->(:Film {id: 'film:ballerina'}) RETURN a.id + ':' + toString(m.sentences[0]) AS v ORDER BY v`,
			[]string{"001_a:1", "002_b:1", "003_c:1"}},
		{"shared claim evidence", `MATCH (c:Claim {relation: 'SPIN_OFF_OF'})-[:EVIDENCE]->(a:Article) RETURN a.id AS v ORDER BY v`,
			[]string{"001_a", "002_b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.QueryRead(context.Background(), tt.cypher, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, r := range rows {
				got = append(got, r["v"].(string))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHostileNamesStoredLiterally: quotes, backslashes, braces and Cypher
// keywords in names reach Neo4j as data.
func TestHostileNamesStoredLiterally(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	fx := fixture()
	mustLoad(t, s, facts(fx[2]))
	hostile := fx[2].ents[0]
	rows, err := s.QueryRead(context.Background(), `MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases`,
		map[string]any{"id": kg.ID(kg.Person, hostile.name)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0]["name"] != hostile.name {
		t.Fatalf("stored %v, want name %q", rows, hostile.name)
	}
	var aliases []string
	for _, a := range rows[0]["aliases"].([]any) {
		aliases = append(aliases, a.(string))
	}
	want := append([]string{}, hostile.aliases...)
	sort.Strings(want)
	if !reflect.DeepEqual(aliases, want) {
		t.Fatalf("aliases %q, want %q", aliases, want)
	}
	if c := mustCount(t, s); c.Nodes == 0 {
		t.Fatal("the graph is empty: a name was executed as Cypher")
	}
}

// TestInvalidArticleRejected: an article with a bad fact is refused with a
// reason naming it; the others are written and nothing loaded is lost.
func TestInvalidArticleRejected(t *testing.T) {
	fx := fixture()
	tests := []struct {
		name   string
		break_ func(a *kg.ArticleFacts)
		reason string
	}{
		{"unknown relation", func(a *kg.ArticleFacts) { a.Claims[0].Relation = "LOVES" }, "unknown relationship type"},
		{"subject not mentioned", func(a *kg.ArticleFacts) { a.Claims[0].Subject = "person:nobody" }, "person:nobody"},
		{"claim without source", func(a *kg.ArticleFacts) { a.Claims[0].Sources = nil }, "no source"},
		{"bad entity type", func(a *kg.ArticleFacts) { a.Entities[0].Type = "Planet" }, "Planet"},
		{"source of another article", func(a *kg.ArticleFacts) { a.Entities[0].Mentions[0].Article = "x" }, `"x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testdb.MustEmptyStore(t)
			mustLoad(t, s, facts(fx[0]))
			before := mustExport(t, s)
			bad := fx[1].facts()
			tt.break_(&bad)
			res, err := s.WriteArticles(context.Background(), []kg.ArticleFacts{bad, fx[2].facts()})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rejected) != 1 || res.Rejected[0].ID != "002_b" || !strings.Contains(res.Rejected[0].Reason, tt.reason) ||
				strings.Contains(res.Rejected[0].Reason, "\n") {
				t.Fatalf("rejected %+v, want 002_b with a one-line reason mentioning %q", res.Rejected, tt.reason)
			}
			if !reflect.DeepEqual(res.Loaded, []string{"003_c"}) {
				t.Fatalf("loaded %v", res.Loaded)
			}
			if _, err := s.Refresh(context.Background()); err != nil {
				t.Fatal(err)
			}
			want := mustJSON(t, kg.BuildDocument(facts(fx[0], fx[2])))
			if got := mustExport(t, s); !bytes.Equal(got, want) {
				t.Fatalf("export after a rejected article:\n%s", firstDiff(got, want))
			}
			_ = before
		})
	}
}
