package main

import (
	"flag"
	"log/slog"
	"net/http"

	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// serveLimits are the GraphQL limits of serve.
type serveLimits struct{}

func registerLimitFlags(fs *flag.FlagSet) *serveLimits { return &serveLimits{} }

// graphqlHandlers returns the /graphql and playground handlers (nil until
// the GraphQL schema is wired).
func graphqlHandlers(store *neo4jstore.Store, token string, l serveLimits, log *slog.Logger) (http.Handler, http.Handler) {
	return nil, nil
}
