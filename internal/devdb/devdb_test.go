package devdb_test

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/devdb"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// freePort returns a TCP port nothing listens on right now.
func freePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestStartRefusesATakenPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	done := make(chan error, 1)
	go func() {
		_, err := devdb.Start(context.Background(), devdb.Options{DataDir: t.TempDir(), Port: port, Password: "longenough"})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "already in use") {
			t.Fatalf("Start on a taken port: %v, want an 'already in use' error", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Start on a taken port hangs")
	}
}

func TestMissingToolsSayWhatToInstall(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := devdb.CheckTools()
	if err == nil {
		t.Fatal("CheckTools found java and mvn on an empty PATH")
	}
	for _, want := range []string{"java", "mvn", "install Java 17", "NEO4J_URI"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	_, err = devdb.Start(context.Background(), devdb.Options{DataDir: t.TempDir(), Port: freePort(t), Password: "longenough"})
	if err == nil || !strings.Contains(err.Error(), "install Java 17") {
		t.Fatalf("Start without java: %v", err)
	}
}

func TestShortPasswordIsRejected(t *testing.T) {
	_, err := devdb.Start(context.Background(), devdb.Options{DataDir: t.TempDir(), Port: freePort(t), Password: "short"})
	if err == nil || !strings.Contains(err.Error(), "8 characters") {
		t.Fatalf("Start with a short password: %v", err)
	}
}

// TestLifecycle starts a second, private local Neo4j, talks Bolt to it with
// the configured password, restarts it idempotently, recovers from a stale
// pid file, and stops it.
func TestLifecycle(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "neo4j")
	o := devdb.Options{DataDir: dir, Port: freePort(t), Password: "lifecycle-pw", HeapMax: "512m", PageCache: "64m"}
	ctx := context.Background()
	t.Cleanup(func() { _ = devdb.Stop(o, 30*time.Second) })

	uri, err := devdb.Start(ctx, o)
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	if uri != o.URI() {
		t.Fatalf("start printed %s, want %s", uri, o.URI())
	}
	st := devdb.GetStatus(o)
	if !st.Running || st.PID == 0 {
		t.Fatalf("status after start: %+v", st)
	}
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri, User: "neo4j", Password: o.Password})
	if err != nil {
		t.Fatalf("bolt to the started Neo4j: %v", err)
	}
	_ = s.Close(ctx)
	if _, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri, User: "neo4j", Password: "not-the-password"}); err == nil || !strings.Contains(err.Error(), "authentication failed") {
		t.Fatalf("wrong password accepted or unclear: %v", err)
	}
	if again, err := devdb.Start(ctx, o); err != nil || again != uri {
		t.Fatalf("second start: %q, %v; want the running one reported", again, err)
	}

	if err := devdb.Kill(o); err != nil {
		t.Fatalf("kill: %v", err)
	}
	// A crash leaves Neo4j's own pid/lock state behind; start must recover.
	if err := os.WriteFile(filepath.Join(dir, "launcher.pid"), []byte("999999\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if devdb.GetStatus(o).Running {
		t.Fatal("status says running with a stale pid file")
	}
	if _, err := devdb.Start(ctx, o); err != nil {
		t.Fatalf("start after a crash: %v", err)
	}
	if err := devdb.Stop(o, 60*time.Second); err != nil {
		t.Fatalf("stop: %v", err)
	}
	if devdb.GetStatus(o).Running {
		t.Fatal("status says running after stop")
	}
	if err := devdb.Stop(o, time.Second); !errors.Is(err, devdb.ErrNotRunning) {
		t.Fatalf("second stop: %v, want ErrNotRunning", err)
	}
}
