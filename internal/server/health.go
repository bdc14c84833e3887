package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Backend is what readiness needs from the database: a connectivity check
// and the idempotent schema migration. *neo4jstore.Store implements it.
type Backend interface {
	Ping(ctx context.Context) error
	Migrate(ctx context.Context) error
}

// Readiness tracks whether Neo4j is reachable and migrated, with the reason
// when it is not. The zero value is "not ready: starting".
type Readiness struct {
	mu       sync.RWMutex
	ready    bool
	migrated bool
	reason   string
	since    time.Time
}

// State returns whether the server is ready and, when it is not, why.
func (r *Readiness) State() (bool, string) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if !r.ready && r.reason == "" {
		return false, "starting: Neo4j not checked yet"
	}
	return r.ready, r.reason
}

func (r *Readiness) set(ready bool, reason string) (changed bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	changed = r.ready != ready || r.reason != reason
	if changed {
		r.since = time.Now()
	}
	r.ready, r.reason = ready, reason
	return changed
}

// Watch checks the backend until ctx ends: every interval it pings Neo4j and,
// until migrations have succeeded once (and again after every outage),
// applies them. Readiness follows the outcome, so a server started while
// Neo4j is down becomes ready by itself once Neo4j comes up. Transitions are
// logged.
func (r *Readiness) Watch(ctx context.Context, b Backend, interval time.Duration, log *slog.Logger) {
	check := func() {
		cctx, cancel := context.WithTimeout(ctx, interval+10*time.Second)
		defer cancel()
		r.Check(cctx, b, log)
	}
	check()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			check()
		}
	}
}

// Check pings the backend once, applies the migrations if they have not
// succeeded since the last outage, updates the state and logs transitions.
func (r *Readiness) Check(cctx context.Context, b Backend, log *slog.Logger) {
	{
		if err := b.Ping(cctx); err != nil {
			r.mu.Lock()
			r.migrated = false
			r.mu.Unlock()
			if r.set(false, "neo4j unreachable: "+err.Error()) {
				log.Warn("not ready", "reason", err.Error())
			}
			return
		}
		r.mu.RLock()
		migrated := r.migrated
		r.mu.RUnlock()
		if !migrated {
			if err := b.Migrate(cctx); err != nil {
				if r.set(false, "schema migration failed: "+err.Error()) {
					log.Warn("not ready", "reason", err.Error())
				}
				return
			}
			r.mu.Lock()
			r.migrated = true
			r.mu.Unlock()
		}
		if r.set(true, "") {
			log.Info("ready: neo4j reachable and schema applied")
		}
	}
}

// healthz answers 200 while the process is alive.
func healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
}

// readyzHandler answers 200 {"status":"ready"} when Neo4j is reachable and
// migrated, 503 {"status":"not ready","reason":...} otherwise.
func readyzHandler(r *Readiness) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		ok, reason := r.State()
		if ok {
			writeJSON(w, http.StatusOK, map[string]any{"status": "ready"})
			return
		}
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "not ready", "reason": reason})
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
