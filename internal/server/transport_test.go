package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/graph/exec"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// mustEscapesArticle stores one article whose film title and quote need
// JSON's HTML escaping (&, <, >, U+2028).
func mustEscapesArticle(tb testing.TB) {
	tb.Helper()
	s := testdb.MustEmptyStore(tb)
	a := kg.Article{ID: "escapes", Title: "Tom & Jerry <Live>", Date: "2024-05-01", Path: "escapes.txt", SHA256: "e5"}
	film, title := "film:tom-jerry-live", "Tom & Jerry <Live>\u2028Again"
	src := kg.Source{Article: a.ID, Sentence: 0, Start: 0, End: 10, Quote: "<b>Tom & Jerry</b>\u2028is out.", Date: a.Date}
	af := kg.ArticleFacts{Article: a,
		Entities: []kg.EntityFact{{ID: film, Type: kg.Film, Name: title, Mentions: []kg.Source{src}}},
		Claims:   []kg.Claim{{Subject: film, Property: kg.PropReleaseDate, Value: "2024-05-01", Sources: []kg.Source{src}}}}
	ctx := context.Background()
	if _, err := s.WriteArticles(ctx, []kg.ArticleFacts{af}); err != nil {
		tb.Fatal(err)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatal(err)
	}
}

// TestPostJSONAnswersAsGqlgensTransport: for answers with data only, with
// errors, with unparsable queries and bodies, and for each Accept header,
// postJSON sends the same status, content type and bytes as gqlgen's
// transport.POST.
func TestPostJSONAnswersAsGqlgensTransport(t *testing.T) {
	mustEscapesArticle(t)
	s := testdb.MustStore(t)
	newHandler := func(tr graphql.Transport) http.Handler {
		srv := handler.New(exec.NewExecutableSchema(exec.Config{Resolvers: &graph.Resolver{Reader: s}, Complexity: graph.Complexity()}))
		srv.AddTransport(tr)
		return srv
	}
	ours, theirs := newHandler(postJSON{}), newHandler(transport.POST{})
	for _, tc := range []struct{ name, body, accept string }{
		{"data needing HTML escapes", `{"query":"{ film(id: \"film:tom-jerry-live\") { title sources { quote article { title } } } }"}`, ""},
		{"data with variables", `{"query":"query($id: ID) { film(id: $id) { title } }","variables":{"id":"film:tom-jerry-live"}}`, "application/json"},
		{"graphql-response+json accepted", `{"query":"{ film(id: \"film:tom-jerry-live\") { title } }"}`, "application/graphql-response+json"},
		{"any type accepted", `{"query":"{ film(id: \"film:tom-jerry-live\") { title } }"}`, "text/html, */*;q=0.8"},
		{"no acceptable type", `{"query":"{ film(id: \"film:tom-jerry-live\") { title } }"}`, "text/html"},
		{"resolver error", `{"query":"{ film(id: \"film:nowhere\") { title } }"}`, ""},
		{"unparsable query", `{"query":"{ film( }"}`, ""},
		{"invalid query", `{"query":"{ film(id: \"film:x\") { nope } }"}`, "application/graphql-response+json"},
		{"body not JSON", `{"query": `, ""},
		{"persisted query unknown", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			do := func(h http.Handler) *httptest.ResponseRecorder {
				req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(tc.body))
				req.Header.Set("Content-Type", "application/json")
				if tc.accept != "" {
					req.Header.Set("Accept", tc.accept)
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				return rec
			}
			got, want := do(ours), do(theirs)
			if got.Code != want.Code || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") || got.Body.String() != want.Body.String() {
				t.Fatalf("postJSON answered %d %q\n%s\ngqlgen's POST answered %d %q\n%s", got.Code, got.Header().Get("Content-Type"), got.Body,
					want.Code, want.Header().Get("Content-Type"), want.Body)
			}
			if tc.name == "data needing HTML escapes" && !strings.Contains(got.Body.String(), `\u0026`) {
				t.Fatalf("the answer has no escaped '&': %s", got.Body)
			}
		})
	}
}

// countingWriter counts the Write calls reaching a ResponseRecorder.
type countingWriter struct {
	*httptest.ResponseRecorder
	writes int
}

func (c *countingWriter) Write(b []byte) (int, error) {
	c.writes++
	return c.ResponseRecorder.Write(b)
}

// TestWriteResponseMatchesJSONMarshal: writeResponse sends json.Marshal's
// bytes for every kind of response, and takes the direct path for a
// data-only response even when the executor left an empty extensions map
// (which json.Marshal omits), with a Content-Length that fits the body,
// in one Write (also for answers larger than net/http's buffers, and when
// the previous answer's buffer was larger).
func TestWriteResponseMatchesJSONMarshal(t *testing.T) {
	yes := true
	large := []byte(`{"a":"` + strings.Repeat("x", 20<<10) + `"}`)
	largeEscaped := []byte(`{"a":"` + strings.Repeat("<&>", 7<<10) + `"}`)
	for _, tc := range []struct {
		name   string
		resp   *graphql.Response
		direct bool
	}{
		{"data, nil extensions", &graphql.Response{Data: []byte(`{"a":"b"}`)}, true},
		{"data, empty extensions", &graphql.Response{Data: []byte(`{"a":"b"}`), Extensions: map[string]any{}}, true},
		{"data, empty path", &graphql.Response{Data: []byte(`{"a":1}`), Path: ast.Path{}, Extensions: map[string]any{}}, true},
		{"data needing HTML escapes", &graphql.Response{Data: []byte(`{"a":"Tom & Jerry <Live>` + "\u2028" + `"}`), Extensions: map[string]any{}}, true},
		{"data with other multi-byte text", &graphql.Response{Data: []byte(`{"a":"Amélie – 東京 €"}`)}, true},
		{"nil data", &graphql.Response{Extensions: map[string]any{}}, true},
		{"large data", &graphql.Response{Data: large, Extensions: map[string]any{}}, true},
		{"large data needing HTML escapes", &graphql.Response{Data: largeEscaped}, true},
		{"small data after a large answer", &graphql.Response{Data: []byte(`{"b":2}`)}, true},
		{"extensions", &graphql.Response{Data: []byte(`{"a":1}`), Extensions: map[string]any{"cost": 3}}, false},
		{"errors", &graphql.Response{Data: []byte(`null`), Errors: gqlerror.List{{Message: "no <such> film"}}}, false},
		{"label", &graphql.Response{Data: []byte(`{"a":1}`), Label: "x"}, false},
		{"hasNext", &graphql.Response{Data: []byte(`{"a":1}`), HasNext: &yes}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dataOnly(tc.resp); got != tc.direct {
				t.Fatalf("dataOnly = %v, want %v", got, tc.direct)
			}
			want, err := json.Marshal(tc.resp)
			if err != nil {
				t.Fatal(err)
			}
			rec := &countingWriter{ResponseRecorder: httptest.NewRecorder()}
			writeResponse(rec, tc.resp)
			if rec.Body.String() != string(want) {
				t.Fatalf("wrote\n%.300s\njson.Marshal gives\n%.300s", rec.Body, want)
			}
			if cl := rec.Header().Get("Content-Length"); tc.direct && cl != strconv.Itoa(len(want)) {
				t.Fatalf("Content-Length %q for a %d-byte body", cl, len(want))
			}
			if rec.writes != 1 {
				t.Fatalf("%d writes, want one", rec.writes)
			}
		})
	}
}
