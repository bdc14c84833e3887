package loadrun_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"syscall"
	"testing"
	"time"

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

// cliLoad runs `franchisekg load -quiet dir` against the test Neo4j and
// returns its wall time and peak RSS in bytes.
func cliLoad(b *testing.B, dir string) (time.Duration, int64) {
	b.Helper()
	cmd := exec.Command(mustCLI(b), "load", "-quiet", dir)
	cmd.Env = cliEnv(b)
	t := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(t)
	if err != nil {
		b.Fatalf("load: %v\n%s", err, out)
	}
	b.Logf("%s", out)
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return took, ru.Maxrss * 1024
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

	first, rss := cliLoad(b, dir)
	c := mustCount(b, s)
	again, _ := cliLoad(b, dir)
	if c2 := mustCount(b, s); c2 != c {
		b.Fatalf("the reload changed the graph: %+v then %+v", c, c2)
	}

	small := subset(b, dir, nn)
	if err := s.DeleteAll(ctx); err != nil {
		b.Fatal(err)
	}
	fastSmall, _ := cliLoad(b, small)
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
	fmt.Fprintf(os.Stderr, "\nload of %d articles: %d nodes, %d relationships in %s = %.0f relationships/s, peak RSS %.0f MB\n",
		n, c.Nodes, c.Relationships, first.Round(time.Millisecond), rels, float64(rss)/(1<<20))
	fmt.Fprintf(os.Stderr, "reload, all unchanged: %s = %.1f%% of the first load\n", again.Round(time.Millisecond), 100*again.Seconds()/first.Seconds())
	fmt.Fprintf(os.Stderr, "same %d articles: loader %s (%d relationships), naive one-MERGE-per-fact %s (%d relationships): %.1fx\n",
		nn, fastSmall.Round(time.Millisecond), cs.Relationships, naive.Round(time.Millisecond), cn.Relationships, naive.Seconds()/fastSmall.Seconds())
}
