package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// fakeProcs records the processor counts a governor sets, on a clock the
// test moves.
type fakeProcs struct {
	mu   sync.Mutex
	cur  int
	sets int
	now  time.Time
}

func (f *fakeProcs) set(n int) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	old := f.cur
	f.cur = n
	f.sets++
	return old
}

func (f *fakeProcs) get() (cur, sets int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cur, f.sets
}

func (f *fakeProcs) clock() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeProcs) advance(d time.Duration) {
	f.mu.Lock()
	f.now = f.now.Add(d)
	f.mu.Unlock()
}

// TestProcGovernor: the governor narrows the scheduler to one processor
// once no two requests have overlapped for the quiet period, widens it to
// all of them the moment a second request is in flight, stays wide while
// two are in flight however long, and does nothing on one processor.
func TestProcGovernor(t *testing.T) {
	const quiet = time.Second
	type step struct {
		do       string // "enter", "exit", "wait <duration>" or "check"
		wantCur  int    // processors afterwards
		wantSets int    // changes so far
	}
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"just after an overlap: wide until the quiet period passes", []step{
			{"check", 4, 0}, {"wait 999ms", 4, 0}, {"check", 4, 0}, {"wait 1ms", 4, 0}, {"check", 1, 1},
		}},
		{"one request at a time stays narrow", []step{
			{"check", 1, 1},
			{"enter", 1, 1}, {"exit", 1, 1}, {"enter", 1, 1}, {"check", 1, 1}, {"exit", 1, 1},
		}},
		{"a second request widens at once", []step{
			{"check", 1, 1},
			{"enter", 1, 1}, {"enter", 4, 2}, {"enter", 4, 2}, {"exit", 4, 2}, {"exit", 4, 2},
			{"check", 4, 2}, // overlap just seen
			{"wait 500ms", 4, 2}, {"check", 4, 2},
			{"wait 600ms", 4, 2}, {"check", 1, 3}, // quiet for 1.1 s, one in flight
			{"exit", 1, 3}, {"check", 1, 3},
		}},
		{"two in flight for long stay wide", []step{
			{"check", 1, 1},
			{"enter", 1, 1}, {"enter", 4, 2},
			{"wait 10s", 4, 2}, {"check", 4, 2},
			{"exit", 4, 2}, {"wait 1s", 4, 2}, {"check", 1, 3},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeProcs{cur: 4, now: time.Unix(1000, 0)}
			g := newProcGovernor(4, quiet, f.set, f.clock)
			if tc.name == "just after an overlap: wide until the quiet period passes" {
				g.lastBusy.Store(f.now.UnixNano()) // as if requests had just overlapped
			}
			for i, s := range tc.steps {
				switch {
				case s.do == "enter":
					g.enter()
				case s.do == "exit":
					g.inflight.Add(-1)
				case s.do == "check":
					g.check()
				case len(s.do) > 5 && s.do[:5] == "wait ":
					d, err := time.ParseDuration(s.do[5:])
					if err != nil {
						t.Fatal(err)
					}
					f.advance(d)
				}
				if cur, sets := f.get(); cur != s.wantCur || sets != s.wantSets {
					t.Fatalf("step %d (%s): %d processors after %d changes, want %d after %d", i, s.do, cur, sets, s.wantCur, s.wantSets)
				}
			}
		})
	}
	t.Run("one processor: no governor", func(t *testing.T) {
		if g := newProcGovernor(1, quiet, func(int) int { t.Fatal("set called"); return 1 }, time.Now); g != nil {
			t.Fatal("a governor for one processor")
		}
	})
}

// TestProcGovernorTracksRequests: requests through the middleware count as
// in flight while their handler runs, so two concurrent requests widen the
// scheduler; run narrows it once they are done and restores all
// processors when it stops.
func TestProcGovernorTracksRequests(t *testing.T) {
	f := &fakeProcs{cur: 2, now: time.Unix(1000, 0)}
	g := newProcGovernor(2, time.Second, f.set, f.clock)
	ticks := make(chan time.Time)
	g.tick = func() <-chan time.Time { return ticks }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); g.run(ctx) }()
	tick := func() { ticks <- time.Time{}; ticks <- time.Time{} } // the second send waits for the first check

	tick()
	if cur, _ := f.get(); cur != 1 {
		t.Fatalf("%d processors when idle, want 1", cur)
	}
	release := make(chan struct{})
	var inside sync.WaitGroup
	inside.Add(2)
	h := g.track(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inside.Done()
		<-release
	}))
	var served sync.WaitGroup
	for range 2 {
		served.Add(1)
		go func() {
			defer served.Done()
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/graphql", nil))
		}()
	}
	inside.Wait()
	if cur, _ := f.get(); cur != 2 {
		t.Fatalf("%d processors with two requests in flight, want 2", cur)
	}
	close(release)
	served.Wait()
	if n := g.inflight.Load(); n != 0 {
		t.Fatalf("%d requests counted in flight after both ended", n)
	}
	f.advance(2 * time.Second)
	tick()
	if cur, _ := f.get(); cur != 1 {
		t.Fatalf("%d processors after a quiet period, want 1", cur)
	}
	cancel()
	<-done
	if cur, _ := f.get(); cur != 2 {
		t.Fatalf("%d processors after run stopped, want 2 back", cur)
	}
}
