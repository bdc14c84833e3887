// Package config reads franchisekg's settings from the environment, with
// command-line flags layered on top.
package config

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Defaults of the local development Neo4j that the project starts itself.
const (
	DefaultLocalPort     = 7687
	DefaultLocalUser     = "neo4j"
	DefaultLocalPassword = "franchisekg-dev"
	DefaultDatabase      = "neo4j"
	DefaultDataDir       = ".data/neo4j"
)

// Config holds every setting. The zero value is not useful; use FromEnv.
type Config struct {
	// NEO4J_URI: when set, every command uses this server and never starts
	// its own; when empty, the local Neo4j (LocalPort, DataDir) is used.
	URI      string
	User     string // NEO4J_USER
	Password string // NEO4J_PASSWORD
	Database string // NEO4J_DATABASE

	LocalPort int    // FRANCHISEKG_DB_PORT: Bolt port of the local Neo4j
	DataDir   string // FRANCHISEKG_DATA_DIR: data directory of the local Neo4j

	TxTimeout time.Duration // FRANCHISEKG_TX_TIMEOUT: per-transaction timeout

	HTTPAddr    string   // FRANCHISEKG_ADDR: serve's listen address
	APIToken    string   // FRANCHISEKG_API_TOKEN: enables mutations when set
	CORSOrigins []string // FRANCHISEKG_CORS_ORIGINS: comma-separated allowlist
}

// FromEnv returns the configuration given by the environment, with defaults
// for what is unset. It returns an error naming the variable when a value is
// malformed.
func FromEnv() (Config, error) {
	c := Config{
		URI:       os.Getenv("NEO4J_URI"),
		User:      os.Getenv("NEO4J_USER"),
		Password:  os.Getenv("NEO4J_PASSWORD"),
		Database:  envOr("NEO4J_DATABASE", DefaultDatabase),
		LocalPort: DefaultLocalPort,
		DataDir:   envOr("FRANCHISEKG_DATA_DIR", DefaultDataDir),
		TxTimeout: 30 * time.Second,
		HTTPAddr:  envOr("FRANCHISEKG_ADDR", "127.0.0.1:8080"),
		APIToken:  os.Getenv("FRANCHISEKG_API_TOKEN"),
	}
	if v := os.Getenv("FRANCHISEKG_DB_PORT"); v != "" {
		p, err := strconv.Atoi(v)
		if err != nil || p <= 0 || p > 65535 {
			return c, fmt.Errorf("FRANCHISEKG_DB_PORT=%q: not a TCP port", v)
		}
		c.LocalPort = p
	}
	if v := os.Getenv("FRANCHISEKG_TX_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("FRANCHISEKG_TX_TIMEOUT=%q: not a positive duration such as 30s", v)
		}
		c.TxTimeout = d
	}
	if v := os.Getenv("FRANCHISEKG_CORS_ORIGINS"); v != "" {
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				c.CORSOrigins = append(c.CORSOrigins, o)
			}
		}
	}
	return c, nil
}

// RegisterFlags adds the connection flags (-neo4j-uri, -neo4j-user,
// -neo4j-password, -neo4j-database, -db-port, -data-dir) to fs, defaulting
// to the values already in c.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.URI, "neo4j-uri", c.URI, "Neo4j server URI (env NEO4J_URI); empty: the local Neo4j")
	fs.StringVar(&c.User, "neo4j-user", c.User, "Neo4j user (env NEO4J_USER)")
	fs.StringVar(&c.Password, "neo4j-password", c.Password, "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&c.Database, "neo4j-database", c.Database, "Neo4j database (env NEO4J_DATABASE)")
	fs.IntVar(&c.LocalPort, "db-port", c.LocalPort, "Bolt port of the local Neo4j (env FRANCHISEKG_DB_PORT)")
	fs.StringVar(&c.DataDir, "data-dir", c.DataDir, "data directory of the local Neo4j (env FRANCHISEKG_DATA_DIR)")
	fs.DurationVar(&c.TxTimeout, "tx-timeout", c.TxTimeout, "transaction timeout (env FRANCHISEKG_TX_TIMEOUT)")
}

// UsesLocal reports whether the project's own local Neo4j is the target
// (NEO4J_URI unset).
func (c Config) UsesLocal() bool { return c.URI == "" }

// Neo4jURI returns the Bolt URI to connect to: NEO4J_URI, or the local one.
func (c Config) Neo4jURI() string {
	if c.URI != "" {
		return c.URI
	}
	return fmt.Sprintf("bolt://127.0.0.1:%d", c.LocalPort)
}

// Credentials returns the user and password to connect with, defaulting to
// the local Neo4j's when NEO4J_URI is unset and none were given.
func (c Config) Credentials() (user, password string) {
	user, password = c.User, c.Password
	if user == "" {
		user = DefaultLocalUser
	}
	if password == "" && c.UsesLocal() {
		password = DefaultLocalPassword
	}
	return user, password
}

// AbsDataDir returns DataDir as an absolute path.
func (c Config) AbsDataDir() string {
	p, err := filepath.Abs(c.DataDir)
	if err != nil {
		return c.DataDir
	}
	return p
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
