// Package server is franchisekg's HTTP front: GraphQL at /graphql (POST and
// GET), the GraphiQL playground at /, /healthz (process alive) and /readyz
// (Neo4j reachable and migrated, with the reason when not), a CORS
// allowlist, request limits, structured logs and graceful shutdown.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	assets "github.com/franchisekg/franchisekg/internal/playground"
)

// Options configures a Server. Zero values take the documented defaults.
type Options struct {
	Addr        string   // listen address; default 127.0.0.1:8080
	CORSOrigins []string // allowed browser origins; "*" allows all
	// RequestTimeout bounds each request; GraphQL passes the remaining time
	// down to Neo4j as the transaction timeout. Default 30s.
	RequestTimeout time.Duration
	// MaxBodyBytes bounds a request body (and so the query size). Default 1 MiB.
	MaxBodyBytes int64
	// CheckInterval is the period of the readiness loop. Default 2s.
	CheckInterval time.Duration
	// ShutdownGrace bounds graceful shutdown. Default 15s.
	ShutdownGrace time.Duration
	Logger        *slog.Logger
	// Readiness is the state the readiness loop maintains (shared with the
	// GraphQL handler so it can fail fast while Neo4j is down); nil: new.
	Readiness *Readiness
	// AdaptiveProcs runs the Go scheduler on one processor while at most
	// one request is in flight and on all of them (the GOMAXPROCS the
	// process started with) while requests overlap; see procGovernor.
	// It changes the process-wide GOMAXPROCS, so only serve sets it.
	AdaptiveProcs bool
}

func (o *Options) defaults() {
	if o.Addr == "" {
		o.Addr = "127.0.0.1:8080"
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 30 * time.Second
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.CheckInterval <= 0 {
		o.CheckInterval = 2 * time.Second
	}
	if o.ShutdownGrace <= 0 {
		o.ShutdownGrace = 15 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Server serves the API over HTTP.
type Server struct {
	opts    Options
	backend Backend
	ready   *Readiness
	mux     *http.ServeMux
	procs   *procGovernor // nil unless Options.AdaptiveProcs
}

// New returns a server for backend whose /graphql and / are served by
// graphql and playground (either may be nil while not wired).
func New(opts Options, backend Backend, graphql, playground http.Handler) *Server {
	opts.defaults()
	if opts.Readiness == nil {
		opts.Readiness = &Readiness{}
	}
	s := &Server{opts: opts, backend: backend, ready: opts.Readiness, mux: http.NewServeMux()}
	if opts.AdaptiveProcs {
		s.procs = defaultProcGovernor()
	}
	s.mux.HandleFunc("GET /healthz", healthz)
	s.mux.Handle("GET /readyz", readyzHandler(s.ready))
	if graphql != nil {
		s.mux.Handle("/graphql", graphql)
	}
	if playground != nil {
		s.mux.Handle("GET /{$}", playground)
		s.mux.Handle("GET "+assets.AssetPrefix, assets.Assets())
	}
	return s
}

// Handle mounts h at pattern (e.g. "GET /export/{format}") behind the
// server's middleware.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Readiness returns the server's readiness state (for tests and callers
// that want to wait for it).
func (s *Server) Readiness() *Readiness { return s.ready }

// Handler returns the server's HTTP handler with logging, CORS, body size
// and timeout middleware applied.
func (s *Server) Handler() http.Handler {
	var h http.Handler = s.mux
	h = limitBody(s.opts.MaxBodyBytes, h)
	h = withTimeout(s.opts.RequestTimeout, h)
	h = cors(s.opts.CORSOrigins, h)
	h = logRequests(s.opts.Logger, h)
	if s.procs != nil {
		h = s.procs.track(h)
	}
	return h
}

// Run listens on Options.Addr and serves until ctx is cancelled (SIGTERM or
// SIGINT in the CLI), then shuts down gracefully, letting in-flight requests
// finish within ShutdownGrace. The readiness loop runs meanwhile. It returns
// an error when the address cannot be bound or shutdown fails.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", s.opts.Addr, err)
	}
	return s.Serve(ctx, ln)
}

// Serve is Run on an existing listener.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	log := s.opts.Logger
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.opts.RequestTimeout + 5*time.Second,
		WriteTimeout:      s.opts.RequestTimeout + 10*time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	watchCtx, stopWatch := context.WithCancel(context.Background())
	watchDone := make(chan struct{})
	// the readiness loop ends before Serve returns, so the caller may close
	// the backend afterwards
	defer func() { stopWatch(); <-watchDone }()
	go func() {
		defer close(watchDone)
		if s.backend != nil {
			s.ready.Watch(watchCtx, s.backend, s.opts.CheckInterval, log)
		}
	}()
	if s.procs != nil {
		procsDone := make(chan struct{})
		defer func() { stopWatch(); <-procsDone }()
		go func() {
			defer close(procsDone)
			s.procs.run(watchCtx)
		}()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String(), "graphql", "/graphql", "playground", "/")
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", "grace", s.opts.ShutdownGrace.String())
	sctx, cancel := context.WithTimeout(context.Background(), s.opts.ShutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}
