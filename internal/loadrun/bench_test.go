package loadrun_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/config"
	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
	"github.com/franchisekg/franchisekg/loaders"
)

// envInt returns the integer in environment variable k, or def.
func envInt(tb testing.TB, k string, def int) int {
	v := os.Getenv(k)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		tb.Fatalf("%s=%q: not a positive integer", k, v)
	}
	return n
}

// run is one measured load.
type measured struct {
	wall     time.Duration
	rss      int64         // peak RSS of the loader, bytes
	cpu      time.Duration // CPU time of the loader process
	neo4jCPU time.Duration // CPU time of the local Neo4j meanwhile (0 when not local)
}

// cliLoad runs `franchisekg load -quiet dir` against the test Neo4j and
// measures it.
func cliLoad(b *testing.B, dir string) measured {
	b.Helper()
	cmd := exec.Command(mustCLI(b), "load", "-quiet", dir)
	cmd.Env = cliEnv(b)
	n0 := neo4jCPU(b)
	t := time.Now()
	out, err := cmd.CombinedOutput()
	m := measured{wall: time.Since(t), neo4jCPU: neo4jCPU(b) - n0}
	if err != nil {
		b.Fatalf("load: %v\n%s", err, out)
	}
	b.Logf("%s", out)
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	m.rss = ru.Maxrss * 1024
	m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return m
}

// neo4jCPU returns the CPU time used so far by the local test Neo4j (the
// devdb launcher of FRANCHISEKG_DATA_DIR), or 0 when it is not local.
func neo4jCPU(tb testing.TB) time.Duration {
	c, err := config.FromEnv()
	if err != nil {
		return 0
	}
	dir := c.DataDir
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(moduleRoot(), dir) // make test gives it relative to the repository
	}
	pid, err := os.ReadFile(filepath.Join(dir, "launcher.pid"))
	if err != nil {
		return 0
	}
	st, err := os.ReadFile("/proc/" + strings.TrimSpace(string(pid)) + "/stat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(st[bytes.LastIndexByte(st, ')')+2:]))
	u, _ := strconv.ParseInt(f[11], 10, 64)
	k, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+k) * time.Second / 100 // clock ticks (USER_HZ = 100)
}

// naiveLoad reads, extracts and writes dir with the one-MERGE-per-fact
// baseline, in this process, and returns the wall time.
func naiveLoad(b *testing.B, s *neo4jstore.Store, dir string) time.Duration {
	b.Helper()
	ctx := context.Background()
	t := time.Now()
	ins, _ := loaders.ReadPaths([]string{dir}, nil)
	res, err := loadrun.Extract(ctx, ins, nil, 0)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.WriteArticlesNaive(ctx, res.Articles); err != nil {
		b.Fatal(err)
	}
	return time.Since(t)
}

// subset links the first n files of dir into a new directory.
func subset(b *testing.B, dir string, n int) string {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(files)
	out := b.TempDir()
	for _, f := range files[:min(n, len(files))] {
		if err := os.Link(f, filepath.Join(out, filepath.Base(f))); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// BenchmarkLoad measures `franchisekg load` end to end (reading,
// extraction, writes, refresh) on a generated corpus of
// FRANCHISEKG_BENCH_ARTICLES articles (default 10,000) into the test
// Neo4j: relationships per second, peak RSS, and the reload of the
// unchanged corpus as a fraction of the first load. On the first
// FRANCHISEKG_BENCH_NAIVE articles (default 1,000) it also times the
// naive loader and the real one on the same data, and reports the ratio.
// It runs once whatever b.N: go test -bench BenchmarkLoad -benchtime 1x.
func BenchmarkLoad(b *testing.B) {
	n := envInt(b, "FRANCHISEKG_BENCH_ARTICLES", 10000)
	nn := envInt(b, "FRANCHISEKG_BENCH_NAIVE", 1000)
	dir := benchCorpus(b, n)
	s := testdb.MustEmptyStore(b)
	ctx := context.Background()
	b.ResetTimer()

	fm := cliLoad(b, dir)
	first, rss := fm.wall, fm.rss
	c := mustCount(b, s)
	again := cliLoad(b, dir).wall
	if c2 := mustCount(b, s); c2 != c {
		b.Fatalf("the reload changed the graph: %+v then %+v", c, c2)
	}

	small := subset(b, dir, nn)
	if err := s.DeleteAll(ctx); err != nil {
		b.Fatal(err)
	}
	fastSmall := cliLoad(b, small).wall
	cs := mustCount(b, s)
	if err := s.DeleteAll(ctx); err != nil {
		b.Fatal(err)
	}
	naive := naiveLoad(b, s, small)
	cn := mustCount(b, s)
	b.StopTimer()

	rels := float64(c.Relationships) / first.Seconds()
	b.ReportMetric(float64(n), "articles")
	b.ReportMetric(float64(c.Relationships), "relationships")
	b.ReportMetric(rels, "rels/s")
	b.ReportMetric(float64(rss)/(1<<20), "MB-peak-RSS")
	b.ReportMetric(first.Seconds(), "s-first-load")
	b.ReportMetric(again.Seconds(), "s-reload")
	b.ReportMetric(100*again.Seconds()/first.Seconds(), "%-reload/first")
	b.ReportMetric(naive.Seconds()/fastSmall.Seconds(), "x-vs-naive")
	cpu := fm.cpu + fm.neo4jCPU
	b.ReportMetric(float64(c.Relationships)/cpu.Seconds(), "rels/CPU-s")
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Fprintf(os.Stderr, "\nload of %d articles: %d nodes, %d relationships in %s = %.0f relationships/s, peak RSS %.0f MB\n",
		n, c.Nodes, c.Relationships, first.Round(time.Millisecond), rels, float64(rss)/(1<<20))
	fmt.Fprintf(os.Stderr, "CPU: loader %s, Neo4j %s = %.0f relationships per CPU-second; load average at the end: %s",
		fm.cpu.Round(time.Millisecond), fm.neo4jCPU.Round(time.Millisecond), float64(c.Relationships)/cpu.Seconds(), load)
	fmt.Fprintf(os.Stderr, "reload, all unchanged: %s = %.1f%% of the first load\n", again.Round(time.Millisecond), 100*again.Seconds()/first.Seconds())
	fmt.Fprintf(os.Stderr, "same %d articles: loader %s (%d relationships), naive one-MERGE-per-fact %s (%d relationships): %.1fx\n",
		nn, fastSmall.Round(time.Millisecond), cs.Relationships, naive.Round(time.Millisecond), cn.Relationships, naive.Seconds()/fastSmall.Seconds())
}

// moduleRoot returns the directory of go.mod above the working directory.
func moduleRoot() string {
	d, _ := os.Getwd()
	for p := d; ; p = filepath.Dir(p) {
		if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
			return p
		}
		if filepath.Dir(p) == p {
			return d
		}
	}
}
