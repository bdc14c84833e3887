package main

import (
	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/server"
)

// newIngester returns the ingest function behind the ingestArticle
// mutation.
func newIngester(store *neo4jstore.Store) graph.Ingester { return server.NewIngester(store) }
