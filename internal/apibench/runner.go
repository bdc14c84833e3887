package apibench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// MaxConcurrency bounds the load generator.
const MaxConcurrency = 256

// Result is one measured run: a query at a concurrency, through the API
// or the baseline.
type Result struct {
	Query       string
	latencies   []time.Duration
	took        time.Duration
	Concurrency int
	Mode        string // "api" or "baseline"
	Requests    int
	Errors      int
	P50, P99    time.Duration
	Throughput  float64 // requests per second
	FirstError  string
}

func summarize(q string, conc int, mode string, lat []time.Duration, errs int, firstErr string, took time.Duration) Result {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := Result{Query: q, Concurrency: conc, Mode: mode, Requests: len(lat), Errors: errs, FirstError: firstErr, latencies: lat, took: took}
	if len(lat) > 0 {
		r.P50 = lat[len(lat)*50/100]
		r.P99 = lat[min(len(lat)-1, len(lat)*99/100)]
		r.Throughput = float64(len(lat)) / took.Seconds()
	}
	return r
}

// drive runs do from conc workers for d and collects the latencies of the
// calls that succeeded.
func drive(conc int, d time.Duration, do func(i int) error) ([]time.Duration, int, string, time.Duration) {
	var (
		mu       sync.Mutex
		lat      []time.Duration
		errs     int
		firstErr string
		next     atomic.Int64
		wg       sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(d)
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []time.Duration
			for time.Now().Before(deadline) {
				i := int(next.Add(1))
				t0 := time.Now()
				err := do(i)
				el := time.Since(t0)
				if err != nil {
					mu.Lock()
					errs++
					if firstErr == "" {
						firstErr = err.Error()
					}
					mu.Unlock()
					continue
				}
				local = append(local, el)
			}
			mu.Lock()
			lat = append(lat, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return lat, errs, firstErr, time.Since(start)
}

// APIClient posts GraphQL requests to a server on the loopback interface
// over HTTP/1.1 keep-alive connections, one per concurrent caller. Each
// request is written and its answer read on the calling goroutine
// (net/http's own request format and response parser, no Transport): a
// net/http Client hands every request to a writing and a reading
// goroutine of its Transport and back, wake-ups that cost a loopback
// request about 80 µs on this project's 2-vCPU machine and are the load
// generator's work, not the server's (the baseline column has nothing
// like them).
type APIClient struct {
	host string // host:port
	path string
	mu   sync.Mutex
	idle []*apiConn // connections not in use
}

// apiConn is one keep-alive connection to the server.
type apiConn struct {
	c  net.Conn
	br *bufio.Reader
	bw *bufio.Writer
}

// NewAPIClient returns a client for base (http://127.0.0.1:port); it
// refuses any host that is not a loopback address.
func NewAPIClient(base string) (*APIClient, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" {
		return nil, fmt.Errorf("load generator: %s: only http:// is supported", base)
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("load generator: %s is not a loopback address", u.Host)
	}
	return &APIClient{host: u.Host, path: strings.TrimSuffix(u.Path, "/") + "/graphql"}, nil
}

// Close closes the client's idle connections.
func (c *APIClient) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, ac := range c.idle {
		_ = ac.c.Close()
	}
	c.idle = nil
}

// conn returns an idle connection (reused true) or a new one.
func (c *APIClient) conn(ctx context.Context) (ac *apiConn, reused bool, err error) {
	c.mu.Lock()
	if n := len(c.idle); n > 0 {
		ac = c.idle[n-1]
		c.idle = c.idle[:n-1]
		c.mu.Unlock()
		return ac, true, nil
	}
	c.mu.Unlock()
	d := net.Dialer{Timeout: 10 * time.Second}
	nc, err := d.DialContext(ctx, "tcp", c.host)
	if err != nil {
		return nil, false, err
	}
	return &apiConn{c: nc, br: bufio.NewReaderSize(nc, 32<<10), bw: bufio.NewWriterSize(nc, 4<<10)}, false, nil
}

func (c *APIClient) release(ac *apiConn) {
	c.mu.Lock()
	c.idle = append(c.idle, ac)
	c.mu.Unlock()
}

// Do posts one query and fails on a transport error, a non-200 status or
// GraphQL errors. The answer is read in full; only one that does not open
// with "data" (gqlgen writes "errors" first) is decoded, so the load
// generator spends little CPU of the machine it shares with the server. A
// request that fails on a reused connection before any answer arrives
// (the server closed it while idle) is sent once more on a new one.
func (c *APIClient) Do(ctx context.Context, query string, vars map[string]any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	for attempt := 0; ; attempt++ {
		ac, reused, err := c.conn(ctx)
		if err != nil {
			return err
		}
		answered, err := c.roundTrip(ac, body)
		if err == nil {
			return nil
		}
		if answered || !reused || attempt > 0 {
			return err
		}
	}
}

// roundTrip sends body on ac and reads the answer; answered reports
// whether a response arrived. The connection goes back to the idle list
// after a complete answer that does not close it, and is closed otherwise.
func (c *APIClient) roundTrip(ac *apiConn, body []byte) (answered bool, err error) {
	keep := false
	defer func() {
		if keep {
			c.release(ac)
		} else {
			_ = ac.c.Close()
		}
	}()
	_ = ac.c.SetDeadline(time.Now().Add(time.Minute))
	fmt.Fprintf(ac.bw, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", c.path, c.host, len(body))
	_, _ = ac.bw.Write(body)
	if err := ac.bw.Flush(); err != nil {
		return false, err
	}
	resp, err := http.ReadResponse(ac.br, nil)
	if err != nil {
		return false, err
	}
	buf := bufs.Get().(*bytes.Buffer)
	defer bufs.Put(buf)
	buf.Reset()
	_, err = buf.ReadFrom(resp.Body)
	_ = resp.Body.Close()
	if err != nil {
		return true, fmt.Errorf("status %d: %v", resp.StatusCode, err)
	}
	keep = !resp.Close
	if resp.StatusCode == http.StatusOK && bytes.HasPrefix(buf.Bytes(), []byte(`{"data":`)) {
		return true, nil
	}
	var out struct {
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		return true, fmt.Errorf("status %d: %v", resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK || len(out.Errors) > 0 {
		return true, fmt.Errorf("status %d: %v", resp.StatusCode, out.Errors)
	}
	return true, nil
}

var bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// RunAPI drives q through the API at concurrency conc for d.
func RunAPI(ctx context.Context, c *APIClient, q Query, conc int, d time.Duration) Result {
	lat, errs, fe, took := drive(conc, d, func(i int) error { return c.Do(ctx, q.GraphQL, q.Vars(i)) })
	return summarize(q.Name, conc, "api", lat, errs, fe, took)
}

// RunBaseline drives q's statements straight through the driver at
// concurrency conc for d: level by level, the statements of one level
// concurrently, as the API runs them.
func RunBaseline(ctx context.Context, s *neo4jstore.Store, q Query, conc int, d time.Duration) Result {
	lat, errs, fe, took := drive(conc, d, func(i int) error {
		for _, level := range q.Baseline(i) {
			if len(level) == 1 {
				if _, err := s.RunBaseline(ctx, level[0]); err != nil {
					return err
				}
				continue
			}
			var wg sync.WaitGroup
			errc := make(chan error, len(level))
			for _, st := range level {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := s.RunBaseline(ctx, st); err != nil {
						errc <- err
					}
				}()
			}
			wg.Wait()
			close(errc)
			if err := <-errc; err != nil {
				return err
			}
		}
		return nil
	})
	return summarize(q.Name, conc, "baseline", lat, errs, fe, took)
}

// CPUTime returns the CPU time (user plus system) process pid has used so
// far, read from /proc/<pid>/stat, whose clock ticks are taken to be the
// Linux USER_HZ of 100 per second.
func CPUTime(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc/%d/stat: no command name", pid)
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: bad utime/stime %q %q", pid, f[11], f[12])
	}
	return time.Duration(utime+stime) * (time.Second / 100), nil
}

// RSS returns the resident set size and its peak (VmRSS, VmHWM) of a
// process in bytes, read from /proc.
func RSS(pid int) (rss, peak int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = kb * 1024
		case "VmHWM:":
			peak = kb * 1024
		}
	}
	return rss, peak, nil
}

// Merge combines runs of one query, concurrency and mode (slices of one
// measurement) into one result.
func Merge(rs []Result) Result {
	if len(rs) == 0 {
		return Result{}
	}
	var lat []time.Duration
	var took time.Duration
	errs, first := 0, ""
	for _, r := range rs {
		lat = append(lat, r.latencies...)
		took += r.took
		errs += r.Errors
		if first == "" {
			first = r.FirstError
		}
	}
	return summarize(rs[0].Query, rs[0].Concurrency, rs[0].Mode, lat, errs, first, took)
}
