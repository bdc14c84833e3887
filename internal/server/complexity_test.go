package server

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2"

	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/graph/exec"
)

// TestComplexityRemembered: the remembered complexity of an operation is
// the one gqlgen computes, whatever order the same query text arrives in
// with different page sizes, @skip conditions, ids or operation names,
// and over the limit the error is gqlgen's (message and code).
func TestComplexityRemembered(t *testing.T) {
	es := exec.NewExecutableSchema(exec.Config{Complexity: graph.Complexity()})
	const wide = `query Wide($n: Int, $skip: Boolean!, $id: ID!) { people(first: $n) { nodes { name
  actingCredits @skip(if: $skip) { film { cast { person { name } } } } } }
  person(id: $id) { coStars(first: $n) { person { name } } } }
query Other($n: Int) { people(first: $n) { totalCount } }`
	const hood = `query($id: ID!, $d: Int, $l: Int) { neighbourhood(id: $id, depth: $d, limit: $l) { nodes { id ... on Film { title } } edges { from to } } }`
	c := newComplexityLimit(5000)
	if err := c.Validate(es); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for i, tc := range []struct {
		query, op string
		vars      map[string]any
		over      bool
	}{
		{wide, "Wide", map[string]any{"n": int64(1), "skip": false, "id": "person:a"}, false},
		{wide, "Wide", map[string]any{"n": int64(100), "skip": false, "id": "person:a"}, true},
		{wide, "Wide", map[string]any{"n": int64(1), "skip": false, "id": "person:b"}, false},
		{wide, "Wide", map[string]any{"n": int64(100), "skip": true, "id": "person:b"}, true},
		{wide, "Wide", map[string]any{"n": int64(100), "skip": false, "id": "person:c"}, true},
		{wide, "Wide", map[string]any{"skip": false, "id": "person:c"}, false},
		{wide, "Wide", map[string]any{"n": nil, "skip": false, "id": "person:c"}, false},
		{wide, "Other", map[string]any{"n": int64(100)}, false},
		{hood, "", map[string]any{"id": "film:a", "d": int64(2), "l": int64(100)}, false},
		{hood, "", map[string]any{"id": "film:b", "d": int64(3), "l": int64(100000)}, true},
		{hood, "", map[string]any{"id": "film:c", "d": int64(2), "l": int64(100)}, false},
	} {
		doc, errs := gqlparser.LoadQuery(es.Schema(), tc.query)
		if errs != nil {
			t.Fatal(errs)
		}
		oc := &graphql.OperationContext{RawQuery: tc.query, Doc: doc, OperationName: tc.op, Variables: tc.vars}
		if k, ok := complexityKey(oc, doc.Operations.ForName(tc.op)); ok {
			keys[k] = true
		}
		want := complexity.Calculate(context.Background(), es, doc.Operations.ForName(tc.op), tc.vars)
		gerr := c.MutateOperationContext(context.Background(), oc)
		st, _ := oc.Stats.GetExtension("ComplexityLimit").(*extension.ComplexityStats)
		if st == nil || st.Complexity != want || st.ComplexityLimit != 5000 {
			t.Fatalf("case %d: stats %+v, want complexity %d", i, st, want)
		}
		if (gerr != nil) != tc.over || (want > 5000) != tc.over {
			t.Fatalf("case %d: complexity %d, error %v, want over the limit = %v", i, want, gerr, tc.over)
		}
		if gerr != nil && (gerr.Extensions["code"] != CodeComplexity || gerr.Message == "") {
			t.Fatalf("case %d: error %+v", i, gerr)
		}
	}
	if len(keys) != 8 {
		t.Errorf("%d distinct keys, want 8 (ids are not part of the key)", len(keys))
	}
}
