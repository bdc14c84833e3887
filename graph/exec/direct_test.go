package exec

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/franchisekg/franchisekg/graph/model"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// mustExecContext returns an execution context for the first operation of
// query with vars, and the selection set under the field at path.
func mustExecContext(t testing.TB, query string, vars map[string]any, path ...string) (context.Context, *executionContext, ast.SelectionSet) {
	t.Helper()
	es := NewExecutableSchema(Config{}).(*executableSchema)
	doc, errs := gqlparser.LoadQuery(es.Schema(), query)
	if errs != nil {
		t.Fatalf("query does not validate: %v", errs)
	}
	oc := &graphql.OperationContext{RawQuery: query, Doc: doc, Operation: doc.Operations[0], Variables: vars,
		RecoverFunc:        graphql.DefaultRecover,
		ResolverMiddleware: func(ctx context.Context, next graphql.Resolver) (any, error) { return next(ctx) }}
	oc.Stats.SetExtension(directCacheExt, &directCache{}) // as the patched Exec does
	ctx := graphql.WithOperationContext(context.Background(), oc)
	ctx = graphql.WithResponseContext(ctx, graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	sel := listSelection(t, query, path...)
	return ctx, newExecutionContext(oc, es, nil), sel
}

func marshalled(m graphql.Marshaler) string {
	var b bytes.Buffer
	m.MarshalGQL(&b)
	return b.String()
}

// TestDirectMarshallingWritesTheGeneratedBytes: for every field the direct
// path handles, with aliases, repeated fields, fragments, @skip/@include
// and __typename, and values needing escapes (quotes, backslashes, control
// characters, non-ASCII, invalid UTF-8, nil pointers, nil lists), the direct
// marshaler writes exactly what gqlgen's generated marshaler writes; a
// selection with any other field is left to the generated code.
func TestDirectMarshallingWritesTheGeneratedBytes(t *testing.T) {
	odd := "say \"hi\"\\ \t\r\n\x01\x1f é – 東京 \u2028 <&> \xff\xfe end"
	char, job := "John \"Baba Yaga\" Wick", odd
	edges := []*model.GraphEdge{
		{From: "person:a", To: "film:b", Type: "ACTED_IN", Character: &char, Disputed: true},
		{From: odd, To: "", Type: "DIRECTED", Job: &job},
		{},
	}
	ent := func(typ kg.NodeType, id, name string, aliases []string) readmodel.Entity {
		return readmodel.Entity{ID: id, Type: typ, Name: name, Aliases: aliases}
	}
	entities := []readmodel.Entity{
		ent(kg.Film, "film:x", "The \"X\" – Part\tII", []string{"X2", odd}),
		ent(kg.Person, "person:y", odd, nil),
		ent(kg.Character, "character:z", "Zed", []string{}),
		ent(kg.Organisation, "organisation:o", "O & Co <Ltd>", []string{"O"}),
		ent(kg.Franchise, "franchise:f", "F", []string{"Eff", "ef"}),
	}
	const hood = `query { neighbourhood(id: "x") { `
	for _, tc := range []struct {
		name, query string
		direct      bool
	}{
		{"every edge field", hood + `edges { from to type character role job disputed } } }`, true},
		{"aliases, repeats, typename", hood + `edges { __typename a: from from b: type from type t: __typename } } }`, true},
		{"fragments and conditions", `query($yes: Boolean!, $no: Boolean!) { neighbourhood(id: "x") { edges { ...E ... on GraphEdge { role job @include(if: $yes) } from @skip(if: $yes) to @skip(if: $no) } } }
fragment E on GraphEdge { character disputed }`, true},
		{"every node field", hood + `nodes { id __typename ... on Film { title name aliases } ... on Person { name aliases } ... on Character { name aliases }
  ... on Organisation { name aliases } ... on Franchise { name aliases } } } }`, true},
		{"node aliases and repeats", hood + `nodes { x: id id ... on Film { x: id n: title } ... on Person { n: name } ...N } } } fragment N on Node { id }`, true},
		{"nothing selected for a type", hood + `nodes { ... on Article { title } } } }`, true},
		{"a field with a resolver", hood + `nodes { id ... on Film { releaseDates { value } } ... on Person { sources { quote } } ... on Character { sources { quote } }
  ... on Organisation { sources { quote } } ... on Franchise { sources { quote } } } } }`, false},
		{"a method field not handled", hood + `nodes { id ... on Film { format } ... on Organisation { kind } ... on Person { portrayals { film { id } } }
  ... on Character { appearsIn { id } } ... on Franchise { films { id } } } } }`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vars := map[string]any{"yes": true, "no": false}
			if bytes.Contains([]byte(tc.query), []byte("edges {")) {
				ctx, ec, sel := mustExecContext(t, tc.query, vars, "neighbourhood", "edges")
				for i, e := range edges {
					if _, ok := marshalDirect(ec, sel, &graphEdgeDirect, e); ok != tc.direct {
						t.Fatalf("direct path taken = %v, want %v", ok, tc.direct)
					}
					if !tc.direct {
						continue
					}
					got, want := marshalled(ec.directGraphEdge(ctx, sel, e)), marshalled(ec._GraphEdge(ctx, sel, e))
					if got != want {
						t.Fatalf("edge %d: direct\n%s\ngenerated\n%s", i, got, want)
					}
				}
				return
			}
			ctx, ec, sel := mustExecContext(t, tc.query, vars, "neighbourhood", "nodes")
			for _, e := range entities {
				var ok bool
				var direct, generated func() graphql.Marshaler
				switch n := model.NewNode(e).(type) {
				case *model.Film:
					_, ok = marshalDirect(ec, sel, &filmDirect, n)
					direct, generated = func() graphql.Marshaler { return ec.directFilm(ctx, sel, n) }, func() graphql.Marshaler { return ec._Film(ctx, sel, n) }
				case *model.Person:
					_, ok = marshalDirect(ec, sel, &personDirect, n)
					direct, generated = func() graphql.Marshaler { return ec.directPerson(ctx, sel, n) }, func() graphql.Marshaler { return ec._Person(ctx, sel, n) }
				case *model.Character:
					_, ok = marshalDirect(ec, sel, &characterDirect, n)
					direct, generated = func() graphql.Marshaler { return ec.directCharacter(ctx, sel, n) }, func() graphql.Marshaler { return ec._Character(ctx, sel, n) }
				case *model.Organisation:
					_, ok = marshalDirect(ec, sel, &organisationDirect, n)
					direct, generated = func() graphql.Marshaler { return ec.directOrganisation(ctx, sel, n) }, func() graphql.Marshaler { return ec._Organisation(ctx, sel, n) }
				case *model.Franchise:
					_, ok = marshalDirect(ec, sel, &franchiseDirect, n)
					direct, generated = func() graphql.Marshaler { return ec.directFranchise(ctx, sel, n) }, func() graphql.Marshaler { return ec._Franchise(ctx, sel, n) }
				default:
					t.Fatalf("no model for %s", e.Type)
				}
				if ok != tc.direct {
					t.Fatalf("%s: direct path taken = %v, want %v", e.ID, ok, tc.direct)
				}
				if !tc.direct {
					continue // the generated code would call the (unset) resolvers
				}
				got, want := marshalled(direct()), marshalled(generated())
				if got != want {
					t.Fatalf("%s: direct\n%s\ngenerated\n%s", e.ID, got, want)
				}
			}
		})
	}
}

// TestWriteQuotedMatchesGqlgen: the string writer escapes as
// graphql.MarshalString does, byte for byte.
func TestWriteQuotedMatchesGqlgen(t *testing.T) {
	for _, s := range []string{"", "plain", `"`, `\`, "\x00\x07\x1f\x7f", "tab\tcr\rnl\n", "é–東京\u2028", "\xff\xfe\xc3", "<&>"} {
		var got bytes.Buffer
		writeQuoted(&got, s)
		if want := marshalled(graphql.MarshalString(s)); got.String() != want {
			t.Errorf("writeQuoted(%q) = %s, want %s", s, got.String(), want)
		}
	}
}

// TestDirectMarshallingOfNestedObjects: acting credits (with their person,
// film and sources with articles) and co-stars (person and films) are
// written directly, byte for byte as the generated code writes them, when
// nothing under them has a resolver; a nil non-null child or a resolver
// field anywhere under them leaves the whole object to the generated code.
func TestDirectMarshallingOfNestedObjects(t *testing.T) {
	odd := "Tom & \"Jerry\"\t<Live>\x01 – 東京"
	claim := "claim:1"
	film := &model.Film{Entity: readmodel.Entity{ID: "film:x", Type: kg.Film, Name: odd, Aliases: []string{"X"}}}
	person := &model.Person{Entity: readmodel.Entity{ID: "person:y", Type: kg.Person, Name: "Y"}}
	art := &model.Article{Article: readmodel.Article{ID: "a1", Title: odd, Date: "2024-05-01", Path: "a1.txt", URL: "", LoadedAt: "2024-05-02T00:00:00Z"}}
	srcs := []*model.Source{{Article: art, Sentence: 3, Quote: odd, Start: 10, End: 42, ClaimID: &claim, Method: model.SourceMethodRule},
		{Article: art, Sentence: 0, Quote: "", Method: model.SourceMethodRule}}
	conf := 0.78
	learnedSrcs := []*model.Source{{Article: art, Sentence: 6, Quote: odd, Start: 50, End: 90, ClaimID: &claim,
		Method: model.SourceMethodLearned, Confidence: &conf}}
	name := "Eve / Rooney"
	credits := []*model.ActingCredit{
		{Person: person, Film: film, CharacterName: &name, Disputed: true, Sources: srcs},
		{Person: person, Film: film, Sources: nil},
		{Person: person, Film: film, Learned: true, Sources: learnedSrcs},
	}
	costars := []*model.CoStar{{Person: person, Films: []*model.Film{film, film}}, {Person: person}}
	for _, tc := range []struct {
		name, query string
		path        []string
		direct      bool
	}{
		{"cast with sources", `{ film(id: "x") { cast { person { id name } film { id title } characterName disputed
  sources { article { id title date path url loadedAt __typename } sentence quote start end claimId } } } }`, []string{"film", "cast"}, true},
		{"cast with the learned mark", `{ film(id: "x") { cast { person { id } learned sources { method quote } } } }`, []string{"film", "cast"}, true},
		{"cast with a learned source's confidence", `{ film(id: "x") { cast { learned sources { method confidence claimId } } } }`, []string{"film", "cast"}, true},
		{"cast aliases and repeats", `{ film(id: "x") { cast { p: person { n: name } person { id } s: sources { quote } sources { a: article { id } } } } }`, []string{"film", "cast"}, true},
		{"cast reaching a resolver", `{ film(id: "x") { cast { characterName character { id } } } }`, []string{"film", "cast"}, false},
		{"cast whose film reaches a resolver", `{ film(id: "x") { cast { film { releaseDates { value } } } } }`, []string{"film", "cast"}, false},
		{"cast whose article reaches a resolver", `{ film(id: "x") { cast { sources { article { facts { id } } } } } }`, []string{"film", "cast"}, false},
		{"co-stars", `{ person(id: "y") { coStars(first: 10) { person { name } films { title id } __typename } } }`, []string{"person", "coStars"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, ec, sel := mustExecContext(t, tc.query, nil, tc.path...)
			if tc.path[1] == "coStars" {
				for i, c := range costars {
					_, ok := marshalDirect(ec, sel, &coStarDirect, c)
					if ok != tc.direct {
						t.Fatalf("co-star %d: direct path taken = %v, want %v", i, ok, tc.direct)
					}
					if got, want := marshalled(ec.directCoStar(ctx, sel, c)), marshalled(ec._CoStar(ctx, sel, c)); got != want {
						t.Fatalf("co-star %d: direct\n%s\ngenerated\n%s", i, got, want)
					}
				}
				return
			}
			for i, c := range credits {
				_, ok := marshalDirect(ec, sel, &actingCreditDirect, c)
				if !tc.direct && c.Sources == nil && strings.Contains(tc.name, "article") {
					continue // no sources: no article whose resolver would run
				}
				if ok != tc.direct {
					t.Fatalf("credit %d: direct path taken = %v, want %v", i, ok, tc.direct)
				}
				if !tc.direct {
					continue // the generated code would call the (unset) resolvers
				}
				if got, want := marshalled(ec.directActingCredit(ctx, sel, c)), marshalled(ec._ActingCredit(ctx, sel, c)); got != want {
					t.Fatalf("credit %d: direct\n%s\ngenerated\n%s", i, got, want)
				}
			}
		})
	}
	t.Run("nil non-null child", func(t *testing.T) {
		_, ec, sel := mustExecContext(t, `{ film(id: "x") { cast { person { id } sources { article { id } } } } }`, nil, "film", "cast")
		for i, c := range []*model.ActingCredit{{Film: film}, {Person: person, Sources: []*model.Source{nil}}, {Person: person, Sources: []*model.Source{{}}}} {
			if _, ok := marshalDirect(ec, sel, &actingCreditDirect, c); ok {
				t.Fatalf("credit %d with a nil non-null child: direct path taken", i)
			}
		}
	})
}

// TestDirectMarshallingOfPathsAndNeighbourhoods: a neighbourhood (center,
// nodes of every type, edges) and a path (nodes, steps with their ends and
// sources) are written directly, byte for byte as the generated code writes
// them, with aliases, repeats, fragments and __typename; a node field with a
// resolver, a nil node or a nil step leaves the whole object to the
// generated code.
func TestDirectMarshallingOfPathsAndNeighbourhoods(t *testing.T) {
	odd := "say \"hi\"\\ \t\r\n\x01 é – 東京 \u2028 <&> \xff end"
	char := "Wick"
	nodes := []model.Node{
		model.NewNode(readmodel.Entity{ID: "film:x", Type: kg.Film, Name: odd, Aliases: []string{"X2"}}),
		model.NewNode(readmodel.Entity{ID: "person:y", Type: kg.Person, Name: "Y"}),
		model.NewNode(readmodel.Entity{ID: "character:z", Type: kg.Character, Name: "Zed", Aliases: []string{}}),
		model.NewNode(readmodel.Entity{ID: "organisation:o", Type: kg.Organisation, Name: "O & Co"}),
		model.NewNode(readmodel.Entity{ID: "franchise:f", Type: kg.Franchise, Name: "F"}),
	}
	hood := &model.Neighbourhood{Center: nodes[0], Nodes: nodes, Truncated: true, Edges: []*model.GraphEdge{
		{From: "person:y", To: "film:x", Type: "ACTED_IN", Character: &char, Disputed: true}, {From: odd, Type: "DIRECTED"}}}
	claim := "claim:1"
	art := &model.Article{Article: readmodel.Article{ID: "a1", Title: odd, Date: "2024-05-01"}}
	srcs := []*model.Source{{Article: art, Sentence: 3, Quote: odd, Start: 1, End: 9, ClaimID: &claim}, {Article: art}}
	paths := []*model.Path{
		{Nodes: nodes[:3], Length: 2, Steps: []*model.PathStep{
			{From: nodes[1], To: nodes[0], Type: "ACTED_IN", Types: []string{"ACTED_IN", "DIRECTED"}, Sources: srcs},
			{From: nodes[1], To: nodes[2], Type: "PORTRAYED", Types: []string{"PORTRAYED"}}}},
		{Nodes: nodes[:1]},
	}
	for _, tc := range []struct {
		name, query string
		direct      bool
	}{
		{"neighbourhood", `{ neighbourhood(id: "x") { truncated center { id __typename } nodes { id ... on Film { title aliases } ... on Person { name } }
  edges { from to type character role job disputed } __typename } }`, true},
		{"neighbourhood aliases and fragments", `{ neighbourhood(id: "x") { c: center { ...N } center { id } n: nodes { ...N x: id } e: edges { t: type } t: truncated } }
fragment N on Node { id ... on Character { name } }`, true},
		{"neighbourhood node with a resolver", `{ neighbourhood(id: "x") { nodes { id ... on Film { releaseDates { value } } } } }`, false},
		{"path", `{ path(from: "a", to: "b") { length nodes { id __typename } steps { type types from { id } to { id ... on Character { name } }
  sources { quote sentence start end claimId article { id title date } } __typename } __typename } }`, true},
		{"path aliases and repeats", `{ path(from: "a", to: "b") { n: nodes { id } nodes { i: id } s: steps { f: from { id } sources { quote } } steps { type } } }`, true},
		{"path source with a resolver", `{ path(from: "a", to: "b") { steps { sources { article { facts { id } } } } } }`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if strings.Contains(tc.query, "neighbourhood") {
				ctx, ec, sel := mustExecContext(t, tc.query, nil, "neighbourhood")
				if _, ok := marshalDirect(ec, sel, &neighbourhoodDirect, hood); ok != tc.direct {
					t.Fatalf("direct path taken = %v, want %v", ok, tc.direct)
				}
				if tc.direct {
					if got, want := marshalled(ec.directNeighbourhood(ctx, sel, hood)), marshalled(ec._Neighbourhood(ctx, sel, hood)); got != want {
						t.Fatalf("direct\n%s\ngenerated\n%s", got, want)
					}
				}
				return
			}
			ctx, ec, sel := mustExecContext(t, tc.query, nil, "path")
			for i, p := range paths {
				_, ok := marshalDirect(ec, sel, &pathDirect, p)
				if !tc.direct && len(p.Steps) == 0 {
					continue // no step: no source whose resolver would run
				}
				if ok != tc.direct {
					t.Fatalf("path %d: direct path taken = %v, want %v", i, ok, tc.direct)
				}
				if tc.direct {
					if got, want := marshalled(ec.directPath(ctx, sel, p)), marshalled(ec._Path(ctx, sel, p)); got != want {
						t.Fatalf("path %d: direct\n%s\ngenerated\n%s", i, got, want)
					}
				}
			}
		})
	}
	t.Run("nil node or step", func(t *testing.T) {
		_, ec, sel := mustExecContext(t, `{ path(from: "a", to: "b") { nodes { id } steps { from { id } } } }`, nil, "path")
		var nilFilm *model.Film
		for i, p := range []*model.Path{{Nodes: []model.Node{nil}}, {Nodes: []model.Node{nilFilm}}, {Steps: []*model.PathStep{nil}}, {Steps: []*model.PathStep{{}}}} {
			if _, ok := marshalDirect(ec, sel, &pathDirect, p); ok {
				t.Fatalf("path %d with a nil non-null child: direct path taken", i)
			}
		}
	})
}
