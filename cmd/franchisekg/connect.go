package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/franchisekg/franchisekg/internal/config"
	"github.com/franchisekg/franchisekg/internal/devdb"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// loadConfig reads the environment and registers the connection flags on fs.
// It returns an error naming a malformed variable.
func loadConfig(fs *flag.FlagSet) (*config.Config, error) {
	c, err := config.FromEnv()
	if err != nil {
		return nil, err
	}
	c.RegisterFlags(fs)
	return &c, nil
}

// localOptions returns the devdb options for the configured local Neo4j.
func localOptions(c *config.Config, log io.Writer) devdb.Options {
	_, pw := c.Credentials()
	return devdb.Options{DataDir: c.DataDir, Port: c.LocalPort, Password: pw,
		Log: func(f string, a ...any) { fmt.Fprintf(log, f+"\n", a...) }}
}

// ensureLocal starts the local Neo4j when NEO4J_URI is unset and it is not
// running yet; with NEO4J_URI set it does nothing.
func ensureLocal(ctx context.Context, c *config.Config, log io.Writer) error {
	if !c.UsesLocal() {
		return nil
	}
	o := localOptions(c, log)
	if devdb.GetStatus(o).Running {
		return nil
	}
	_, err := devdb.Start(ctx, o)
	return err
}

// storeConfig returns the adapter configuration for c.
func storeConfig(c *config.Config) neo4jstore.Config {
	user, pw := c.Credentials()
	return neo4jstore.Config{URI: c.Neo4jURI(), User: user, Password: pw, Database: c.Database, TxTimeout: c.TxTimeout}
}

// openStore starts the local Neo4j if needed, connects, and applies the
// schema. It returns one-line errors naming the URI and the cause.
func openStore(ctx context.Context, c *config.Config, log io.Writer) (*neo4jstore.Store, error) {
	if err := ensureLocal(ctx, c, log); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	s, err := neo4jstore.Open(ctx, storeConfig(c))
	if err != nil {
		return nil, err
	}
	if err := s.Migrate(ctx); err != nil {
		_ = s.Close(context.Background())
		return nil, err
	}
	return s, nil
}
