package graph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// mustDoubleLinkStore stores one article in which Ann Lee both acts in and
// directs Dual, Bob Ray acts in it and Cy Roe directs it: Ann is linked to
// Dual by two relationships.
func mustDoubleLinkStore(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	s := testdb.MustEmptyStore(tb)
	a := kg.Article{ID: "double-link", Title: "Dual", Date: "2024-03-01", Path: "double-link.txt", SHA256: "d1"}
	sent := 0
	src := func(q string) []kg.Source {
		sent++
		return []kg.Source{{Article: a.ID, Sentence: sent, Start: sent * 100, End: sent*100 + len(q), Quote: q, Date: a.Date}}
	}
	ent := func(id string, t kg.NodeType, name string) kg.EntityFact {
		return kg.EntityFact{ID: id, Type: t, Name: name, Mentions: src(name + " is named.")}
	}
	af := kg.ArticleFacts{Article: a,
		Entities: []kg.EntityFact{ent("person:ann-lee", kg.Person, "Ann Lee"), ent("person:bob-ray", kg.Person, "Bob Ray"),
			ent("person:cy-roe", kg.Person, "Cy Roe"), ent("film:dual", kg.Film, "Dual")},
		Claims: []kg.Claim{
			{Subject: "person:ann-lee", Relation: kg.ActedIn, Object: "film:dual", Qualifiers: map[string]string{kg.QualCharacter: "Vera"}, Sources: src("Ann Lee plays Vera in Dual.")},
			{Subject: "person:ann-lee", Relation: kg.Directed, Object: "film:dual", Sources: src("Ann Lee directs Dual.")},
			{Subject: "person:bob-ray", Relation: kg.ActedIn, Object: "film:dual", Sources: src("Bob Ray is in Dual.")},
			{Subject: "person:cy-roe", Relation: kg.Directed, Object: "film:dual", Sources: src("Cy Roe co-directs Dual.")},
		}}
	ctx := context.Background()
	if wr, err := s.WriteArticles(ctx, []kg.ArticleFacts{af}); err != nil || len(wr.Rejected) > 0 {
		tb.Fatalf("writing the article: %v %v", err, wr.Rejected)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestPathListsEachNodeSequenceOnce: two nodes linked by several
// relationships give one path, whose step names every relationship type
// and carries the sources of the one it shows.
func TestPathListsEachNodeSequenceOnce(t *testing.T) {
	c, _ := mustClient(t, mustDoubleLinkStore(t), apiOptions{})
	type step struct {
		Type    string   `json:"type"`
		Types   []string `json:"types"`
		From    named    `json:"from"`
		To      named    `json:"to"`
		Sources []struct {
			Quote string `json:"quote"`
		} `json:"sources"`
	}
	for _, tc := range []struct {
		name, from, to string
		nodes          []string
		steps          []step
	}{
		{"double link at the start", "person:ann-lee", "person:bob-ray", []string{"person:ann-lee", "film:dual", "person:bob-ray"}, []step{
			{Type: "ACTED_IN", Types: []string{"ACTED_IN", "DIRECTED"}, From: named{ID: "person:ann-lee"}, To: named{ID: "film:dual"}},
			{Type: "ACTED_IN", Types: []string{"ACTED_IN"}, From: named{ID: "person:bob-ray"}, To: named{ID: "film:dual"}}}},
		{"double link at the end", "person:cy-roe", "person:ann-lee", []string{"person:cy-roe", "film:dual", "person:ann-lee"}, []step{
			{Type: "DIRECTED", Types: []string{"DIRECTED"}, From: named{ID: "person:cy-roe"}, To: named{ID: "film:dual"}},
			{Type: "ACTED_IN", Types: []string{"ACTED_IN", "DIRECTED"}, From: named{ID: "person:ann-lee"}, To: named{ID: "film:dual"}}}},
		{"single links", "person:bob-ray", "person:cy-roe", []string{"person:bob-ray", "film:dual", "person:cy-roe"}, []step{
			{Type: "ACTED_IN", Types: []string{"ACTED_IN"}, From: named{ID: "person:bob-ray"}, To: named{ID: "film:dual"}},
			{Type: "DIRECTED", Types: []string{"DIRECTED"}, From: named{ID: "person:cy-roe"}, To: named{ID: "film:dual"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out struct {
				Path []struct {
					Length int     `json:"length"`
					Nodes  []named `json:"nodes"`
					Steps  []step  `json:"steps"`
				} `json:"path"`
			}
			mustRun(t, c, `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { id }
			  steps { type types from { id } to { id } sources { quote } } } }`, &out, clientVar("a", tc.from), clientVar("b", tc.to))
			if len(out.Path) != 1 {
				t.Fatalf("got %d paths, want 1: %+v", len(out.Path), out.Path)
			}
			p := out.Path[0]
			var nodes []string
			for _, n := range p.Nodes {
				nodes = append(nodes, n.ID)
			}
			if p.Length != 2 || !reflect.DeepEqual(nodes, tc.nodes) {
				t.Fatalf("path through %v (length %d), want %v", nodes, p.Length, tc.nodes)
			}
			for i, want := range tc.steps {
				got := p.Steps[i]
				if len(got.Sources) != 1 {
					t.Errorf("step %d: %d sources, want the one of its %s claim: %+v", i, len(got.Sources), got.Type, got.Sources)
				}
				got.Sources = nil
				if !reflect.DeepEqual(got, want) {
					t.Errorf("step %d: got %+v, want %+v", i, got, want)
				}
			}
		})
	}
}
