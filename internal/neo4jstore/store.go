// Package neo4jstore is franchisekg's one Neo4j adapter. Every method runs
// one managed transaction (ExecuteRead or ExecuteWrite) with the caller's
// context, the configured database, constant parameterised Cypher and a
// transaction timeout. No driver type leaves this package: callers see
// internal/kg types and kg errors.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/schema"
)

// Config says which Neo4j to use.
type Config struct {
	URI       string
	User      string
	Password  string
	Database  string
	TxTimeout time.Duration // per transaction; default 30s
	// MaxPoolSize bounds the driver's connection pool (default 100).
	MaxPoolSize int
}

// Store is a connection to one Neo4j database.
type Store struct {
	driver    neo4j.DriverWithContext
	uri       string
	db        string
	txTimeout time.Duration
}

// Open creates a driver for cfg and checks that Neo4j answers and accepts
// the credentials. It returns an error wrapping kg.ErrUnavailable, with one
// line naming the URI and the cause, when it does not.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	s, err := New(cfg)
	if err != nil {
		return nil, err
	}
	if err := s.Ping(ctx); err != nil {
		_ = s.Close(context.Background())
		return nil, err
	}
	return s, nil
}

// New creates a driver for cfg without contacting Neo4j (the driver
// connects lazily); use Ping to check. It fails only on a malformed URI.
func New(cfg Config) (*Store, error) {
	if cfg.TxTimeout <= 0 {
		cfg.TxTimeout = 30 * time.Second
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		if cfg.MaxPoolSize > 0 {
			c.MaxConnectionPoolSize = cfg.MaxPoolSize
		}
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		c.MaxTransactionRetryTime = 30 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j at %s: %v: %w", cfg.URI, oneLine(err), kg.ErrInvalidInput)
	}
	return &Store{driver: drv, uri: cfg.URI, db: cfg.Database, txTimeout: cfg.TxTimeout}, nil
}

// URI returns the URI the store connects to.
func (s *Store) URI() string { return s.uri }

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping checks that Neo4j answers and accepts the credentials; it returns an
// error wrapping kg.ErrUnavailable otherwise.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyAuthentication(ctx, nil); err != nil {
		return s.wrap(err)
	}
	return nil
}

// Migrate applies the schema of schema/constraints.cypher (idempotent: every
// statement is IF NOT EXISTS), waits for the indexes to come online, and
// re-derives the edges that rest on learned evidence only but lack their
// learned mark (a graph derived before edges carried it), see
// markLearnedEdges.
func (s *Store) Migrate(ctx context.Context) error {
	for _, stmt := range schema.Statements() {
		_, err := neo4j.ExecuteQuery(ctx, s.driver, stmt, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db))
		if err != nil {
			return s.wrap(fmt.Errorf("applying schema %q: %w", firstWords(stmt, 5), err))
		}
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return s.wrap(err)
	}
	return s.markLearnedEdges(ctx)
}

// read runs fn in one managed read transaction with the store's timeout.
func (s *Store) read(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	res, err := sess.ExecuteRead(ctx, fn, neo4j.WithTxTimeout(s.txTimeout))
	return res, s.wrap(err)
}

// write runs fn in one managed write transaction; the driver retries
// transient failures. The transaction's timeout is the store's, or the
// time left before ctx's deadline when that is shorter, so Neo4j ends (and
// rolls back) a write the caller no longer waits for. When ctx is done
// before the write ends the error wraps ctx.Err() (context.DeadlineExceeded
// or context.Canceled, which the API reports as TIMEOUT) as qryRead's does;
// other errors are mapped by s.wrap.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	timeout := s.txTimeout
	if dl, ok := ctx.Deadline(); ok {
		left := time.Until(dl)
		if left <= 0 {
			return nil, fmt.Errorf("neo4j at %s: write not started: %w", s.uri, context.DeadlineExceeded)
		}
		timeout = min(timeout, left)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	res, err := sess.ExecuteWrite(ctx, fn, neo4j.WithTxTimeout(timeout))
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			// the deadline passed or the caller gave up while the write
			// ran: the driver reports it as a connectivity error
			return nil, fmt.Errorf("neo4j at %s: write interrupted: %w", s.uri, cerr)
		}
	}
	return res, s.wrap(err)
}

// wrap turns a driver error into a one-line error wrapping a kg error:
// connectivity and authentication failures become kg.ErrUnavailable.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, kg.ErrUnavailable) || errors.Is(err, kg.ErrNotFound) || errors.Is(err, kg.ErrInvalidInput) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	// the driver's retries ran out: judge by the last failure (a deadlock
	// or a restart under way stays transient, so the caller may retry)
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		if last := s.wrap(limit.Errors[len(limit.Errors)-1]); errors.Is(last, kg.ErrUnavailable) {
			return fmt.Errorf("neo4j at %s: %s: %w", s.uri, oneLine(err), kg.ErrUnavailable)
		}
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch {
		case ne.Code == "Neo.ClientError.Security.Unauthorized" || ne.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
			return fmt.Errorf("neo4j at %s: authentication failed: wrong NEO4J_USER or NEO4J_PASSWORD: %w", s.uri, kg.ErrUnavailable)
		case strings.HasPrefix(ne.Code, "Neo.TransientError"), strings.Contains(ne.Code, "DatabaseUnavailable"):
			return fmt.Errorf("neo4j at %s: %s: %w", s.uri, oneLine(ne), kg.ErrUnavailable)
		}
		return fmt.Errorf("neo4j at %s: %s", s.uri, oneLine(ne))
	}
	if neo4j.IsConnectivityError(err) || isNetErr(err) {
		return fmt.Errorf("neo4j at %s is unreachable: %s: %w", s.uri, oneLine(err), kg.ErrUnavailable)
	}
	return fmt.Errorf("neo4j at %s: %s", s.uri, oneLine(err))
}

func isNetErr(err error) bool {
	m := err.Error()
	return strings.Contains(m, "connection refused") || strings.Contains(m, "no such host") ||
		strings.Contains(m, "i/o timeout") || strings.Contains(m, "broken pipe") || strings.Contains(m, "connection reset")
}

func oneLine(err error) string {
	m := strings.ReplaceAll(err.Error(), "\n", " ")
	if len(m) > 300 {
		m = m[:300] + "..."
	}
	return m
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
