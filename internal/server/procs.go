package server

import (
	"context"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// procGovernor runs the Go scheduler on one processor (GOMAXPROCS 1)
// while at most one request is in flight, and on all of them (the
// GOMAXPROCS the process started with) from the moment a second request
// arrives until none has overlapped another for a quiet period.
//
// Why: at low load the scheduler keeps its other processors idle, and
// every goroutine made runnable (the Neo4j driver starts one per socket
// read; net/http one per request) wakes an idle thread to spin looking for
// work and sleep again: on the development machine about 45 context
// switches and 0.4 ms of CPU per request (a film's cast, one request at a
// time: 77 context switches and 1.5 ms of CPU per request on two
// processors against 29 and 1.0 ms on one), CPU that Neo4j, on the same
// machine, is waiting for. One request at a time gains nothing from a
// second processor (its work is a chain of steps, each waiting for the
// one before); two or more in flight get every processor at once.
type procGovernor struct {
	max   int                     // processors under load
	quiet time.Duration           // no overlap for this long: back to one
	set   func(n int) int         // runtime.GOMAXPROCS
	now   func() time.Time        // time.Now
	tick  func() <-chan time.Time // nil: a ticker of quiet/4

	inflight atomic.Int64
	wide     atomic.Bool  // running on max processors
	lastBusy atomic.Int64 // unix nanoseconds of the last overlap seen

	mu sync.Mutex // serialises changes of the processor count
}

// newProcGovernor returns a governor switching between one and max
// processors with set, or nil when max is below 2 (nothing to govern).
func newProcGovernor(max int, quiet time.Duration, set func(int) int, now func() time.Time) *procGovernor {
	if max < 2 {
		return nil
	}
	g := &procGovernor{max: max, quiet: quiet, set: set, now: now}
	g.wide.Store(true) // the process starts on max
	return g
}

// track counts next's requests in flight; the second one in flight
// widens the scheduler at once.
func (g *procGovernor) track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g.enter()
		defer g.inflight.Add(-1)
		next.ServeHTTP(w, r)
	})
}

func (g *procGovernor) enter() {
	if g.inflight.Add(1) < 2 {
		return
	}
	g.lastBusy.Store(g.now().UnixNano())
	if g.wide.Load() {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.wide.Load() {
		g.set(g.max)
		g.wide.Store(true)
	}
}

// check narrows the scheduler to one processor when at most one request
// is in flight and none has overlapped another for the quiet period. It
// reports whether the scheduler is narrow afterwards.
func (g *procGovernor) check() bool {
	if !g.wide.Load() {
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.wide.Load() {
		return true
	}
	if g.inflight.Load() > 1 || g.now().Sub(time.Unix(0, g.lastBusy.Load())) < g.quiet {
		return false
	}
	g.set(1)
	g.wide.Store(false)
	return true
}

// run checks the load every quarter of the quiet period until ctx is
// done, then gives the process all its processors back.
func (g *procGovernor) run(ctx context.Context) {
	var c <-chan time.Time
	if g.tick != nil {
		c = g.tick()
	} else {
		t := time.NewTicker(g.quiet / 4)
		defer t.Stop()
		c = t.C
	}
	defer func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if !g.wide.Load() {
			g.set(g.max)
			g.wide.Store(true)
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-c:
			g.check()
		}
	}
}

// defaultProcGovernor governs the process's own GOMAXPROCS with a quiet
// period of one second.
func defaultProcGovernor() *procGovernor {
	return newProcGovernor(runtime.GOMAXPROCS(0), time.Second, runtime.GOMAXPROCS, time.Now)
}
