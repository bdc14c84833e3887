package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestMigrateMarksLearnedEdges: Migrate re-derives the edges that rest on
// learned evidence only but lack learned: true (a graph derived before the
// mark), and finds nothing to do on a graph derived with it, including an
// edge with a stated claim beside a learned one.
func TestMigrateMarksLearnedEdges(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	ctx := context.Background()
	a := kg.Article{ID: "learned-edges", Title: "Dual", Path: "learned-edges.txt", SHA256: "le1"}
	sent := 0
	src := func(q string, learned bool) []kg.Source {
		sent++
		s := kg.Source{Article: a.ID, Sentence: sent, Start: sent * 100, End: sent*100 + len(q), Quote: q}
		if learned {
			s.Method, s.Confidence = kg.MethodLearned, 0.7
		}
		return []kg.Source{s}
	}
	ent := func(id string, t kg.NodeType, name string) kg.EntityFact {
		return kg.EntityFact{ID: id, Type: t, Name: name, Mentions: src(name+" is named.", false)}
	}
	af := kg.ArticleFacts{Article: a,
		Entities: []kg.EntityFact{ent("person:ann-lee", kg.Person, "Ann Lee"), ent("person:bob-ray", kg.Person, "Bob Ray"), ent("film:dual", kg.Film, "Dual")},
		Claims: []kg.Claim{
			// Ann's edge: a stated claim and a learned one (another character)
			{Subject: "person:ann-lee", Relation: kg.ActedIn, Object: "film:dual", Qualifiers: map[string]string{kg.QualCharacter: "Vera"}, Sources: src("Ann Lee plays Vera in Dual.", false)},
			{Subject: "person:ann-lee", Relation: kg.ActedIn, Object: "film:dual", Qualifiers: map[string]string{kg.QualCharacter: "Zed"}, Sources: src("Ann Lee, Zed, Dual.", true)},
			// Bob's edge: learned only
			{Subject: "person:bob-ray", Relation: kg.ActedIn, Object: "film:dual", Sources: src("Bob Ray and Dual.", true)},
		}}
	mustLoad(t, s, []kg.ArticleFacts{af})
	learnedEdges := func() []string {
		t.Helper()
		rows, err := s.QueryRead(ctx, `MATCH (p:Entity)-[r:ACTED_IN]->(:Film) WHERE r.learned = true RETURN p.id AS id ORDER BY id`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rows {
			out = append(out, r["id"].(string))
		}
		return out
	}
	if got := learnedEdges(); len(got) != 1 || got[0] != "person:bob-ray" {
		t.Fatalf("learned edges after the load: %v, want Bob Ray's only", got)
	}
	if n, err := s.MarkUnmarkedLearned(ctx); err != nil || n != 0 {
		t.Fatalf("a graph derived with the marks: %d entities to re-derive (%v), want 0", n, err)
	}
	// a graph derived before the mark existed
	if err := s.ExecWrite(ctx, `MATCH (:Entity)-[r]->(:Entity) WHERE r.learned IS NOT NULL REMOVE r.learned`, nil); err != nil {
		t.Fatal(err)
	}
	if got := learnedEdges(); len(got) != 0 {
		t.Fatalf("marks left after removing them: %v", got)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if got := learnedEdges(); len(got) != 1 || got[0] != "person:bob-ray" {
		t.Fatalf("learned edges after Migrate: %v, want Bob Ray's only", got)
	}
	if n, err := s.MarkUnmarkedLearned(ctx); err != nil || n != 0 {
		t.Fatalf("after Migrate: %d entities to re-derive (%v), want 0", n, err)
	}
}
