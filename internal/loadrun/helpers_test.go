package loadrun_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// mustRun loads paths into s and fails the test on an error or a rejected
// article.
func mustRun(tb testing.TB, s *neo4jstore.Store, opts loadrun.Options) loadrun.Summary {
	tb.Helper()
	sum, err := loadrun.Run(context.Background(), s, opts)
	if err != nil {
		tb.Fatalf("load %v: %v", opts.Paths, err)
	}
	if len(sum.Rejected) > 0 {
		tb.Fatalf("load %v rejected %+v", opts.Paths, sum.Rejected)
	}
	return sum
}

func mustExport(tb testing.TB, s *neo4jstore.Store) []byte {
	tb.Helper()
	doc, err := s.ExportDocument(context.Background())
	if err != nil {
		tb.Fatalf("export: %v", err)
	}
	var b bytes.Buffer
	if err := doc.WriteJSON(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func mustCount(tb testing.TB, s *neo4jstore.Store) neo4jstore.Counts {
	tb.Helper()
	c, err := s.Count(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// cleanState is the counts and export of one clean load of paths into an
// emptied test database (cached per corpus directory).
func cleanState(tb testing.TB, dir string) (neo4jstore.Counts, []byte) {
	tb.Helper()
	cleanMu.Lock()
	defer cleanMu.Unlock()
	if c, ok := cleanCache[dir]; ok {
		return c.counts, c.export
	}
	s := testdb.MustEmptyStore(tb)
	mustRun(tb, s, loadrun.Options{Paths: []string{dir}})
	c := clean{mustCount(tb, s), mustExport(tb, s)}
	cleanCache[dir] = c
	return c.counts, c.export
}

type clean struct {
	counts neo4jstore.Counts
	export []byte
}

var (
	cleanMu    sync.Mutex
	cleanCache = map[string]clean{}
)

// mustCLI builds the franchisekg command once per test binary and returns
// its path.
func mustCLI(tb testing.TB) string {
	tb.Helper()
	cliOnce.Do(func() {
		dir, err := os.MkdirTemp("", "franchisekg-cli-")
		if err != nil {
			cliErr = err
			return
		}
		cliPath = filepath.Join(dir, "franchisekg")
		gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(gobin); err != nil {
			gobin = "go" // from PATH
		}
		cmd := exec.Command(gobin, "build", "-o", cliPath, "github.com/franchisekg/franchisekg/cmd/franchisekg")
		out, err := cmd.CombinedOutput()
		if err != nil {
			cliErr = &buildError{string(out), err}
		}
	})
	if cliErr != nil {
		tb.Fatalf("building the CLI: %v", cliErr)
	}
	return cliPath
}

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return e.err.Error() + ": " + e.out }

var (
	cliOnce sync.Once
	cliPath string
	cliErr  error
)

// cliEnv is the environment a child franchisekg needs to reach the test
// Neo4j.
func cliEnv(tb testing.TB) []string {
	tb.Helper()
	cfg := testdb.Config(tb)
	return append(os.Environ(), "NEO4J_URI="+cfg.URI, "NEO4J_USER="+cfg.User, "NEO4J_PASSWORD="+cfg.Password,
		"NEO4J_DATABASE="+cfg.Database)
}

// waitFor polls cond every 50ms until it holds or d passes; it reports
// whether it held.
func waitFor(d time.Duration, cond func() bool) bool {
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		if cond() {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

// TestMain removes the CLI built for the tests once they are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if cliPath != "" {
		_ = os.RemoveAll(filepath.Dir(cliPath))
	}
	os.Exit(code)
}
