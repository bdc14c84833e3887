package exec

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestResolverFieldsFollowTheResolverInterfaces(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	for _, tc := range []struct {
		typ, field string
		want       bool
	}{
		{"Film", "cast", true},
		{"Person", "actingCredits", true},
		{"Source", "claimId", false},
		{"Film", "title", false},
		{"GraphEdge", "from", false},
		{"Node", "id", false},       // interface: no implementor resolves id
		{"Member", "sources", true}, // union: Person.sources has a resolver
	} {
		t.Run(tc.typ+"."+tc.field, func(t *testing.T) {
			if got := isResolverField(schema.Types[tc.typ], tc.field); got != tc.want {
				t.Fatalf("isResolverField(%s, %s) = %v, want %v", tc.typ, tc.field, got, tc.want)
			}
		})
	}
}

// listSelection returns the selection set under the field at path in the
// first operation of query, validated against the schema.
func listSelection(t testing.TB, query string, path ...string) ast.SelectionSet {
	t.Helper()
	doc, errs := gqlparser.LoadQuery(NewExecutableSchema(Config{}).Schema(), query)
	if errs != nil {
		t.Fatalf("query does not validate: %v", errs)
	}
	sel := doc.Operations[0].SelectionSet
	for _, name := range path {
		found := false
		for _, s := range sel {
			if f, ok := s.(*ast.Field); ok && f.Name == name {
				sel, found = f.SelectionSet, true
				break
			}
		}
		if !found {
			t.Fatalf("no field %q on the path %v", name, path)
		}
	}
	return sel
}

func TestSelectsResolver(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		path        []string
		want        bool
	}{
		{"plain neighbourhood nodes", `{ neighbourhood(id: "x") { nodes { id ... on Person { name } } } }`, []string{"neighbourhood", "nodes"}, false},
		{"plain cast with sources", `{ film(id: "x") { cast { person { id name } sources { article { id title } quote } } } }`, []string{"film", "cast"}, false},
		{"cast reaching a resolver", `{ film(id: "x") { cast { person { actingCredits { characterName } } } } }`, []string{"film", "cast"}, true},
		{"resolver inside an inline fragment", `{ neighbourhood(id: "x") { nodes { ... on Film { cast { characterName } } } } }`, []string{"neighbourhood", "nodes"}, true},
		{"resolver inside a fragment spread", `query { neighbourhood(id: "x") { nodes { ...F } } } fragment F on Person { sources { quote } }`, []string{"neighbourhood", "nodes"}, true},
		{"resolver on the element itself", `{ film(id: "x") { cast { character { id } } } }`, []string{"film", "cast"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := selectsResolver(listSelection(t, tc.query, tc.path...)); got != tc.want {
				t.Fatalf("selectsResolver = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMarshalSliceSequentialKeepsIndexesAndRecoversPanics(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "xs"}}})
	var seen []int
	ret := marshalSlice(ctx, nil, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		seen = append(seen, *graphql.GetFieldContext(ctx).Index)
		return graphql.MarshalInt(i)
	})
	if len(ret) != 3 || len(seen) != 3 || seen[0] != 0 || seen[1] != 1 || seen[2] != 2 {
		t.Fatalf("sequential marshalling: got %d values, indexes %v", len(ret), seen)
	}
	ret = marshalSlice(ctx, nil, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		if i == 1 {
			panic("boom")
		}
		return graphql.MarshalInt(i)
	})
	if ret != nil {
		t.Fatalf("a panicking element: got %v, want a nil list", ret)
	}
	if errs := graphql.GetErrors(ctx); len(errs) != 1 || errs[0].Path.String() != "xs[1]" {
		t.Fatalf("a panicking element: errors %v, want one at xs[1]", errs)
	}
}
