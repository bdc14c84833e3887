package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/server"
)

func init() {
	register(&command{name: "serve", summary: "serve the GraphQL API, the playground, /healthz and /readyz", run: runServe})
}

// runServe starts the HTTP server. Neo4j need not be up: the server starts
// anyway, /readyz says why it is not ready, and a background loop connects
// and migrates once Neo4j answers. With NEO4J_URI unset it starts the local
// Neo4j meanwhile. SIGTERM/SIGINT shut it down gracefully.
func runServe(ctx context.Context, a *app, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	c, err := loadConfig(fs)
	if err != nil {
		return err
	}
	opts := server.Options{}
	fs.StringVar(&c.HTTPAddr, "addr", c.HTTPAddr, "listen address (env FRANCHISEKG_ADDR)")
	cors := fs.String("cors", strings.Join(c.CORSOrigins, ","), "comma-separated allowed browser origins (env FRANCHISEKG_CORS_ORIGINS)")
	fs.DurationVar(&opts.RequestTimeout, "request-timeout", 30*time.Second, "per-request timeout, passed to Neo4j as the transaction timeout")
	fs.Int64Var(&opts.MaxBodyBytes, "max-body", 1<<20, "maximum request body size in bytes")
	limits := registerLimitFlags(fs)
	level := fs.String("log-level", "info", "log level: debug, info, warn or error")
	gcPercent := fs.Int("gc-percent", 400, "Go GC target percentage (ignored when GOGC is set): fewer collections for the allocation-heavy JSON work (-memory-limit still bounds the heap)")
	memLimit := fs.Int64("memory-limit", 100<<20, "soft memory limit in bytes that bounds the heap whatever -gc-percent says (ignored when GOMEMLIMIT is set; 0: none)")
	fs.BoolVar(&opts.AdaptiveProcs, "adaptive-procs", true, "run Go on one processor while at most one request is in flight and on all of them (GOMAXPROCS) while requests overlap: saves the idle scheduler's CPU at low load")
	pprofAddr := fs.String("pprof", "", "loopback address (e.g. 127.0.0.1:6060) to serve net/http/pprof on; empty: off")
	if err := fs.Parse(args); err != nil {
		return exitError{2}
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(*level)); err != nil {
		return fmt.Errorf("-log-level %q: want debug, info, warn or error", *level)
	}
	log := slog.New(slog.NewJSONHandler(a.stderr, &slog.HandlerOptions{Level: lv}))
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(*gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" && *memLimit > 0 {
		debug.SetMemoryLimit(*memLimit)
	}
	opts.Addr, opts.Logger = c.HTTPAddr, log
	if *pprofAddr != "" {
		if err := servePprof(*pprofAddr, log); err != nil {
			return err
		}
	}
	opts.CORSOrigins = splitList(*cors)

	if c.UsesLocal() {
		go func() {
			if err := ensureLocal(ctx, c, slogWriter{log}); err != nil {
				log.Error("starting the local Neo4j", "err", err.Error())
			}
		}()
	}
	store, err := neo4jstore.New(storeConfig(c))
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	opts.Readiness = &server.Readiness{}
	gql, pg := readyGraphQLHandlers(store, c.APIToken, *limits, log, opts.Readiness)
	srv := server.New(opts, store, gql, pg)
	srv.Handle("GET /export/{format}", export.Handler(export.NewStoreReader(store)))
	return srv.Run(ctx)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// slogWriter adapts a logger to the io.Writer the devdb helpers log to.
type slogWriter struct{ log *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	w.log.Info(strings.TrimSpace(string(p)), "component", "devdb")
	return len(p), nil
}
