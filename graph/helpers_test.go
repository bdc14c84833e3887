package graph_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/server"
	"github.com/franchisekg/franchisekg/internal/testdb"
	"github.com/franchisekg/franchisekg/loaders"
)

const testToken = "test-token-0123456789"

// mustSeedStore empties the test Neo4j and loads seeds/ through the real
// pipeline: loaders.ReadPaths, loaders.Extract and the store's write
// (WriteArticles, then Refresh to derive the plain edges).
func mustSeedStore(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	s := testdb.MustEmptyStore(tb)
	ctx := context.Background()
	ins, rejects := loaders.ReadPaths([]string{"../seeds"}, nil)
	if len(rejects) > 0 || len(ins) != 5 {
		tb.Fatalf("reading seeds: %d inputs, rejects %v", len(ins), rejects)
	}
	res, err := loaders.Extract(ctx, ins, loaders.Options{})
	if err != nil {
		tb.Fatalf("extracting seeds: %v", err)
	}
	wr, err := s.WriteArticles(ctx, res.Articles)
	if err != nil {
		tb.Fatalf("writing seeds: %v", err)
	}
	if len(wr.Rejected) > 0 {
		tb.Fatalf("seeds rejected by the store: %v", wr.Rejected)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatalf("deriving edges: %v", err)
	}
	return s
}

// apiOptions tune mustClient.
type apiOptions struct {
	limits server.Limits
	token  string
	ready  func() (bool, string)
}

// mustClient returns an in-process gqlgen client over the real GraphQL
// handler, reading through a counting wrapper of store.
func mustClient(tb testing.TB, store *neo4jstore.Store, o apiOptions) (*client.Client, *countingReader) {
	tb.Helper()
	cr := &countingReader{Reader: store}
	res := &graph.Resolver{Reader: cr, Editor: store, Ingester: server.NewIngester(store)}
	h := server.NewGraphQL(server.GraphQLOptions{Resolver: res, Limits: o.limits, APIToken: o.token, Ready: o.ready,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return client.New(h), cr
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string { s, _ := e.Extensions["code"].(string); return s }

// run posts query and decodes data into out; it returns the errors.
func run(tb testing.TB, c *client.Client, query string, out any, opts ...client.Option) []gqlError {
	tb.Helper()
	resp, err := c.RawPost(query, opts...)
	if err != nil {
		tb.Fatalf("posting %q: %v", query, err)
	}
	var errs []gqlError
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			tb.Fatalf("decoding errors %s: %v", resp.Errors, err)
		}
	}
	if out != nil && resp.Data != nil {
		b, _ := json.Marshal(resp.Data)
		if err := json.Unmarshal(b, out); err != nil {
			tb.Fatalf("decoding data %s: %v", b, err)
		}
	}
	return errs
}

// mustRun is run that fails the test on any GraphQL error.
func mustRun(tb testing.TB, c *client.Client, query string, out any, opts ...client.Option) {
	tb.Helper()
	if errs := run(tb, c, query, out, opts...); len(errs) > 0 {
		tb.Fatalf("query failed: %+v\nquery: %s", errs, query)
	}
}

func clientVar(name string, v any) client.Option { return client.Var(name, v) }
