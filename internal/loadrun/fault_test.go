package loadrun_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/devdb"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// storedArticles returns how many articles the store holds (-1 when it
// cannot tell).
func storedArticles(s *neo4jstore.Store) int {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h, err := s.ArticleHashes(ctx)
	if err != nil {
		return -1
	}
	return len(h)
}

// settledArticles returns the number of stored articles once it has stayed
// the same for two seconds; it fails the test if it never settles.
func settledArticles(t *testing.T, s *neo4jstore.Store) int {
	t.Helper()
	last, since := storedArticles(s), time.Now()
	for end := time.Now().Add(time.Minute); time.Now().Before(end); {
		time.Sleep(250 * time.Millisecond)
		n := storedArticles(s)
		if n != last || n < 0 {
			last, since = n, time.Now()
			continue
		}
		if time.Since(since) >= 2*time.Second {
			return n
		}
	}
	t.Fatalf("the stored article count never settled (last %d)", last)
	return -1
}

// TestKill9MidLoad: `franchisekg load` killed with SIGKILL half-way, then
// run again, leaves the graph of one clean load.
func TestKill9MidLoad(t *testing.T) {
	const n = 1500
	dir := mustCorpus(t, n)
	wantCounts, wantExport := cleanState(t, dir)
	s := testdb.MustEmptyStore(t)
	cli := mustCLI(t)

	cmd := exec.Command(cli, "load", "-batch", "25", "-chunk", "100", dir)
	cmd.Env = cliEnv(t)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if !waitFor(2*time.Minute, func() bool { return storedArticles(s) >= n/5 }) {
		_ = cmd.Process.Kill()
		t.Fatalf("the load never got going:\n%s", out.String())
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	// A commit the killed process had already sent can still finish on the
	// server after the process is gone, so read the count once it settles.
	partial := settledArticles(t, s)
	if partial >= n {
		t.Fatalf("the load finished (%d articles) before the kill: nothing was tested", partial)
	}
	t.Logf("killed with %d of %d articles stored", partial, n)

	again := exec.Command(cli, "load", dir)
	again.Env = cliEnv(t)
	if b, err := again.CombinedOutput(); err != nil {
		t.Fatalf("rerun after the kill: %v\n%s", err, b)
	} else if !strings.Contains(string(b), fmt.Sprintf("skipped %d (unchanged)", partial)) {
		t.Fatalf("the rerun did not skip the %d articles already stored:\n%s", partial, b)
	}
	if c := mustCount(t, s); c != wantCounts {
		t.Fatalf("counts after kill and rerun %+v, one clean load %+v", c, wantCounts)
	}
	if got := mustExport(t, s); !bytes.Equal(got, wantExport) {
		t.Fatal("export after kill and rerun differs from one clean load")
	}
}

// privateNeo4j starts a Neo4j of the test's own (a free port, data in a
// temporary directory), so stopping it disturbs nobody, and stops it when
// the test ends.
func privateNeo4j(t *testing.T) (devdb.Options, neo4jstore.Config) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	o := devdb.Options{DataDir: filepath.Join(t.TempDir(), "neo4j"), Port: port, Password: "restart-test-pw",
		HeapMax: "1g", PageCache: "256m"}
	t.Cleanup(func() { _ = devdb.Stop(o, time.Minute) })
	if _, err := devdb.Start(context.Background(), o); err != nil {
		t.Fatalf("starting a private Neo4j on port %d: %v", o.Port, err)
	}
	return o, neo4jstore.Config{URI: o.URI(), User: "neo4j", Password: o.Password, TxTimeout: time.Minute}
}

func mustOpen(t *testing.T, cfg neo4jstore.Config) *neo4jstore.Store {
	t.Helper()
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	return s
}

// TestNeo4jGoesAwayMidLoad: Neo4j stopped and restarted during a load is
// ridden out by retries; Neo4j staying away makes the load stop after a
// bounded time with a one-line error, and the rerun completes it. Either
// way the graph equals one clean load.
func TestNeo4jGoesAwayMidLoad(t *testing.T) {
	const n = 800
	dir := mustCorpus(t, n)
	wantCounts, wantExport := cleanState(t, dir)
	o, cfg := privateNeo4j(t)
	s := mustOpen(t, cfg)
	probe := mustOpen(t, cfg)
	ctx := context.Background()

	t.Run("restarted during the load", func(t *testing.T) {
		done := make(chan error, 1)
		go func() {
			_, err := loadrun.Run(ctx, s, loadrun.Options{Paths: []string{dir}, BatchSize: 20, ChunkSize: 100, RetryFor: 3 * time.Minute})
			done <- err
		}()
		if !waitFor(2*time.Minute, func() bool { return storedArticles(probe) >= n/5 }) {
			t.Fatal("the load never got going")
		}
		if err := devdb.Kill(o); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Second)
		if _, err := devdb.Start(ctx, o); err != nil {
			t.Fatal(err)
		}
		if err := <-done; err != nil {
			t.Fatalf("the load did not survive the restart: %v", err)
		}
		if c := mustCount(t, s); c != wantCounts {
			t.Fatalf("counts %+v, one clean load %+v", c, wantCounts)
		}
		if got := mustExport(t, s); !bytes.Equal(got, wantExport) {
			t.Fatal("export differs from one clean load")
		}
	})

	t.Run("gone for good, then rerun", func(t *testing.T) {
		if err := s.DeleteAll(ctx); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() {
			_, err := loadrun.Run(ctx, s, loadrun.Options{Paths: []string{dir}, BatchSize: 20, ChunkSize: 100, RetryFor: 5 * time.Second})
			done <- err
		}()
		if !waitFor(2*time.Minute, func() bool { return storedArticles(probe) >= n/5 }) {
			t.Fatal("the load never got going")
		}
		if err := devdb.Stop(o, time.Minute); err != nil {
			t.Fatal(err)
		}
		stopped := time.Now()
		var err error
		select {
		case err = <-done:
		case <-time.After(3 * time.Minute):
			t.Fatal("the load did not give up within 3 minutes of Neo4j going away")
		}
		if err == nil {
			t.Fatal("the load claims success with Neo4j gone")
		}
		if !errors.Is(err, kg.ErrUnavailable) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), cfg.URI) {
			t.Fatalf("error %q: want one line naming %s and wrapping kg.ErrUnavailable", err, cfg.URI)
		}
		t.Logf("gave up %s after Neo4j stopped: %v", time.Since(stopped).Round(time.Second), err)
		if _, err := devdb.Start(ctx, o); err != nil {
			t.Fatal(err)
		}
		mustRun(t, s, loadrun.Options{Paths: []string{dir}})
		if c := mustCount(t, s); c != wantCounts {
			t.Fatalf("counts after the rerun %+v, one clean load %+v", c, wantCounts)
		}
		if got := mustExport(t, s); !bytes.Equal(got, wantExport) {
			t.Fatal("export after the rerun differs from one clean load")
		}
	})
}
