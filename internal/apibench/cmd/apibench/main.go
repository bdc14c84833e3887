// Command apibench measures the GraphQL API under load: it loads a
// generated graph into the configured Neo4j (unless already there), starts
// `franchisekg serve` as a child process on a loopback port, and for five
// representative queries at each concurrency drives the same work through
// the driver (the baseline) and then over HTTP through the API, reporting
// p50/p99 latency, throughput, their ratios and the server's RSS as a
// Markdown table. Run it through `make bench`.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/franchisekg/franchisekg/internal/apibench"
	"github.com/franchisekg/franchisekg/internal/config"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

func main() {
	bin := flag.String("bin", "bin/franchisekg", "the franchisekg binary to serve with")
	addr := flag.String("addr", "127.0.0.1:18181", "loopback address for the server under test")
	dur := flag.Duration("duration", 5*time.Second, "measuring time per query, concurrency and mode")
	concs := flag.String("concurrency", "1,16,64", "comma-separated concurrency levels")
	films := flag.Int("films", apibench.DefaultShape.Films, "films (articles) of the generated graph")
	only := flag.String("queries", "", "comma-separated substrings of query names to run (e.g. \"neighbourhood,filmography\"); empty: all five")
	serveArgs := flag.String("serve-args", "", "extra space-separated arguments for the server (e.g. \"-pprof 127.0.0.1:6060\")")
	flag.Parse()
	if err := run(*bin, *addr, *dur, *concs, *films, *only, strings.Fields(*serveArgs)); err != nil {
		fmt.Fprintln(os.Stderr, "apibench:", err)
		os.Exit(1)
	}
}

func run(bin, addr string, dur time.Duration, concs string, films int, only string, serveArgs []string) error {
	ctx := context.Background()
	c, err := config.FromEnv()
	if err != nil {
		return err
	}
	user, pw := c.Credentials()
	// The baseline's driver gets the server's connection pool (the driver's
	// default), so the two columns queue for connections alike.
	store, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: c.Neo4jURI(), User: user, Password: pw, Database: c.Database, TxTimeout: time.Minute})
	if err != nil {
		return err
	}
	defer store.Close(ctx)
	if err := store.Migrate(ctx); err != nil {
		return err
	}
	sh := apibench.DefaultShape
	sh.Films = films
	if err := ensureGraph(ctx, store, sh); err != nil {
		return err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	nodes, rels := 0, 0
	for _, n := range st.Nodes {
		nodes += n
	}
	for _, n := range st.Relationships {
		rels += n
	}
	log.Printf("graph: %d nodes, %d relationships", nodes, rels)

	// A server already listening there (an earlier run still stopping)
	// would answer the readiness probe and be measured instead of ours.
	if err := portFree(addr); err != nil {
		return err
	}
	srv := exec.Command(bin, append([]string{"serve", "-addr", addr, "-log-level", "warn"}, serveArgs...)...)
	srv.Env = append(os.Environ(), "GOMAXPROCS=2")
	srv.Stdout, srv.Stderr = os.Stderr, os.Stderr
	if err := srv.Start(); err != nil {
		return fmt.Errorf("starting %s serve: %w", bin, err)
	}
	defer func() { _ = srv.Process.Signal(os.Interrupt); _ = srv.Wait() }()
	base := "http://" + addr
	if err := waitReady(base, time.Minute); err != nil {
		return err
	}
	client, err := apibench.NewAPIClient(base)
	if err != nil {
		return err
	}
	defer client.Close()
	var maxRSS atomic.Int64
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if r, _, err := apibench.RSS(srv.Process.Pid); err == nil && r > maxRSS.Load() {
					maxRSS.Store(r)
				}
			}
		}
	}()
	var levels []int
	for _, s := range strings.Split(concs, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > apibench.MaxConcurrency {
			return fmt.Errorf("-concurrency %q: want numbers from 1 to %d", concs, apibench.MaxConcurrency)
		}
		levels = append(levels, n)
	}
	people, err := popularPeople(ctx, store)
	if err != nil {
		return err
	}
	qs := selectQueries(apibench.Queries(sh, people), only)
	if len(qs) == 0 {
		return fmt.Errorf("-queries %q: matches none of the queries", only)
	}
	for _, q := range qs { // warm-up: plans cached, pages in memory
		apibench.RunBaseline(ctx, store, q, 4, time.Second)
		apibench.RunAPI(ctx, client, q, 4, time.Second)
	}
	fmt.Printf("| query | concurrency | baseline p50 | API p50 | p50 ratio | baseline p99 | API p99 | baseline req/s | API req/s | server CPU per API request | errors |\n")
	fmt.Printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	worst := 0.0
	for _, q := range qs {
		for _, n := range levels {
			b, a, cpu := interleaved(ctx, store, client, srv.Process.Pid, q, n, dur)
			ratio := float64(a.P50) / float64(b.P50)
			worst = max(worst, ratio)
			fmt.Printf("| %s | %d | %s | %s | %.2f× | %s | %s | %.0f | %.0f | %s | %d |\n", q.Name, n, ms(b.P50), ms(a.P50), ratio,
				ms(b.P99), ms(a.P99), b.Throughput, a.Throughput, ms(cpu), a.Errors+b.Errors)
			if a.Errors+b.Errors > 0 {
				log.Printf("%s at %d: first errors: api %q baseline %q", q.Name, n, a.FirstError, b.FirstError)
			}
		}
	}
	close(stop)
	_, peak, _ := apibench.RSS(srv.Process.Pid)
	fmt.Printf("\nGraph: %d nodes, %d relationships. Worst p50 ratio API/baseline: %.2f×. Server RSS under load: max %.0f MB sampled (VmHWM %.0f MB).\n",
		nodes, rels, worst, float64(maxRSS.Load())/(1<<20), float64(peak)/(1<<20))
	return nil
}

// selectQueries keeps the queries whose name contains one of the
// comma-separated substrings of only (all of them when only is empty).
func selectQueries(qs []apibench.Query, only string) []apibench.Query {
	if strings.TrimSpace(only) == "" {
		return qs
	}
	var out []apibench.Query
	for _, q := range qs {
		for _, part := range strings.Split(only, ",") {
			if p := strings.TrimSpace(part); p != "" && strings.Contains(q.Name, p) {
				out = append(out, q)
				break
			}
		}
	}
	return out
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

func waitReady(base string, within time.Duration) error {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("the server at %s was not ready within %s", base, within)
}

// ensureGraph loads the generated graph unless its articles are already
// all there (a previous run); any other content is removed first.
func ensureGraph(ctx context.Context, s *neo4jstore.Store, sh apibench.Shape) error {
	rows, err := s.QueryRead(ctx, "MATCH (a:Article) RETURN count(a) AS all, count(CASE WHEN a.id STARTS WITH 'gen-' THEN 1 END) AS gen", nil)
	if err != nil {
		return err
	}
	if rows[0]["all"] == int64(sh.Films) && rows[0]["gen"] == int64(sh.Films) {
		log.Printf("generated graph already loaded (%d articles)", sh.Films)
		return nil
	}
	log.Printf("loading a generated graph of %d films", sh.Films)
	if err := s.DeleteAll(ctx); err != nil {
		return err
	}
	arts := apibench.Generate(sh)
	start := time.Now()
	for i := 0; i < len(arts); i += 100 {
		wr, err := s.WriteArticles(ctx, arts[i:min(i+100, len(arts))])
		if err != nil {
			return err
		}
		if len(wr.Rejected) > 0 {
			return fmt.Errorf("generated articles rejected: %v", wr.Rejected[0])
		}
		if i%1000 == 0 {
			log.Printf("  %d/%d articles (%s)", i, len(arts), time.Since(start).Round(time.Second))
		}
	}
	n, err := s.Refresh(ctx)
	log.Printf("loaded in %s (%d entities refreshed)", time.Since(start).Round(time.Second), n)
	return err
}

// rounds is how many alternating baseline/API slices a measurement takes,
// so that both see the same background load on a shared machine.
const rounds = 5

// interleaved measures q at concurrency n for dur in each mode, in
// alternating slices, and merges the slices. cpuPerReq is the server's CPU
// time (process pid, read from /proc) during the API slices divided by the
// API requests: the API's own cost per request, which the machine's other
// load does not inflate as much as latency.
func interleaved(ctx context.Context, s *neo4jstore.Store, c *apibench.APIClient, pid int, q apibench.Query, n int, dur time.Duration) (b, a apibench.Result, cpuPerReq time.Duration) {
	var bs, as []apibench.Result
	var cpu time.Duration
	for r := 0; r < rounds; r++ {
		bs = append(bs, apibench.RunBaseline(ctx, s, q, n, dur/rounds))
		before, err1 := apibench.CPUTime(pid)
		as = append(as, apibench.RunAPI(ctx, c, q, n, dur/rounds))
		after, err2 := apibench.CPUTime(pid)
		if err1 == nil && err2 == nil {
			cpu += after - before
		}
	}
	b, a = apibench.Merge(bs), apibench.Merge(as)
	if a.Requests > 0 {
		cpuPerReq = cpu / time.Duration(a.Requests)
	}
	return b, a, cpuPerReq
}

// popularPeople returns up to 2,000 actors, most credited first.
func popularPeople(ctx context.Context, s *neo4jstore.Store) ([]string, error) {
	rows, err := s.QueryRead(ctx, `MATCH (p:Person) WITH p, COUNT { (p)-[:ACTED_IN]->() } AS n WHERE n > 0
RETURN p.id AS id ORDER BY n DESC, id LIMIT 2000`, nil)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r["id"].(string))
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("the graph has fewer than two actors")
	}
	return out, nil
}

// portFree reports an error naming addr when something already listens
// there, so that a run never measures another process's server.
func portFree(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("server address %s is in use (another benchmark or server still running?): %w", addr, err)
	}
	return ln.Close()
}
