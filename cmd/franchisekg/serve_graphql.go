package main

import (
	"flag"
	"log/slog"
	"net/http"

	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/server"
)

// registerLimitFlags adds the GraphQL limit flags to fs.
func registerLimitFlags(fs *flag.FlagSet) *server.Limits {
	l := server.DefaultLimits
	fs.IntVar(&l.MaxDepth, "max-depth", l.MaxDepth, "maximum query depth")
	fs.IntVar(&l.MaxComplexity, "max-complexity", l.MaxComplexity, "maximum query complexity (per-field costs grow with first/limit)")
	fs.IntVar(&l.MaxQueryBytes, "max-query-bytes", l.MaxQueryBytes, "maximum query text size in bytes")
	fs.IntVar(&l.MaxAliases, "max-aliases", l.MaxAliases, "maximum aliased fields per request")
	fs.DurationVar(&l.LoaderWait, "loader-wait", 0, "dataloader batching window (default 250µs)")
	return &l
}

// graphqlHandlers returns the /graphql handler over store and the
// playground handler (in-process use, e.g. the query command).
func graphqlHandlers(store *neo4jstore.Store, token string, l server.Limits, log *slog.Logger) (http.Handler, http.Handler) {
	return readyGraphQLHandlers(store, token, l, log, nil)
}

// readyGraphQLHandlers is graphqlHandlers whose operations fail fast with
// UNAVAILABLE while ready (when not nil) says Neo4j is not ready.
func readyGraphQLHandlers(store *neo4jstore.Store, token string, l server.Limits, log *slog.Logger, ready *server.Readiness) (http.Handler, http.Handler) {
	res := &graph.Resolver{Reader: store, Editor: store, Ingester: newIngester(store)}
	o := server.GraphQLOptions{Resolver: res, Limits: l, APIToken: token, Logger: log}
	if ready != nil {
		o.Ready = ready.State
	}
	return server.NewGraphQL(o), server.Playground()
}
