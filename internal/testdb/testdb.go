// Package testdb connects tests to the real Neo4j that `make test` starts
// (or the one NEO4J_URI names). There is no mock: a test that cannot reach
// Neo4j fails.
package testdb

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/config"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// Config returns the connection settings tests use: the environment's
// (make test sets NEO4J_URI to its test Neo4j), else the local Neo4j.
func Config(tb testing.TB) neo4jstore.Config {
	tb.Helper()
	c, err := config.FromEnv()
	if err != nil {
		tb.Fatalf("test configuration: %v", err)
	}
	user, pw := c.Credentials()
	return neo4jstore.Config{URI: c.Neo4jURI(), User: user, Password: pw, Database: c.Database, TxTimeout: 60 * time.Second}
}

// MustStore connects to the test Neo4j, applies the schema, and closes the
// store when the test ends. It fails the test (never skips) when Neo4j is
// unreachable: run the tests through `make test`, which starts one.
func MustStore(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cfg := Config(tb)
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("integration tests need a real Neo4j (run `make test`, or set NEO4J_URI): %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		tb.Fatalf("migrating %s: %v", cfg.URI, err)
	}
	tb.Cleanup(func() { _ = s.Close(context.Background()) })
	return s
}

// MustEmptyStore is MustStore on a database emptied first. Packages run one
// at a time under `make test` (go test -p 1), so a test owns the database.
func MustEmptyStore(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	s := MustStore(tb)
	if os.Getenv("FRANCHISEKG_TEST_NO_RESET") != "" {
		return s
	}
	if err := s.DeleteAll(context.Background()); err != nil {
		tb.Fatalf("emptying the test database: %v", err)
	}
	return s
}
