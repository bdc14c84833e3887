package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/internal/devdb"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/server"
	"github.com/franchisekg/franchisekg/internal/testdb"
	"github.com/franchisekg/franchisekg/loaders"
)

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// mustServer starts the full HTTP server over store on a loopback port and
// returns its base URL; it stops when the test ends.
func mustServer(tb testing.TB, store *neo4jstore.Store, o server.Options) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	o.Logger, o.CheckInterval = quietLog(), 200*time.Millisecond
	if o.Readiness == nil {
		o.Readiness = &server.Readiness{}
	}
	res := &graph.Resolver{Reader: store, Editor: store}
	gql := server.NewGraphQL(server.GraphQLOptions{Resolver: res, Logger: o.Logger, Ready: o.Readiness.State})
	srv := server.New(o, store, gql, server.Playground())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("graceful shutdown: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func get(tb testing.TB, u string, hdr map[string]string) (*http.Response, string) {
	tb.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	cl := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := cl.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// waitReady polls /readyz until it answers want or the deadline passes, and
// returns the last body.
func waitReady(tb testing.TB, base string, want int, within time.Duration) string {
	tb.Helper()
	deadline := time.Now().Add(within)
	for {
		resp, body := get(tb, base+"/readyz", nil)
		if resp.StatusCode == want {
			return body
		}
		if time.Now().After(deadline) {
			tb.Fatalf("/readyz still %d after %s: %s", resp.StatusCode, within, body)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestHealthAndReadiness(t *testing.T) {
	base := mustServer(t, testdb.MustStore(t), server.Options{})
	if resp, body := get(t, base+"/healthz", nil); resp.StatusCode != 200 || !strings.Contains(body, "ok") {
		t.Errorf("/healthz %d %s", resp.StatusCode, body)
	}
	waitReady(t, base, 200, 30*time.Second)
}

func TestGraphQLOverHTTP(t *testing.T) {
	base := mustServer(t, testdb.MustStore(t), server.Options{})
	waitReady(t, base, 200, 30*time.Second)
	t.Run("GET", func(t *testing.T) {
		resp, body := get(t, base+"/graphql?query="+url.QueryEscape("{ stats { articles } }"), nil)
		if resp.StatusCode != 200 || !strings.Contains(body, `"articles"`) {
			t.Errorf("%d %s", resp.StatusCode, body)
		}
	})
	t.Run("automatic persisted query", func(t *testing.T) {
		const q = "{ stats { claims } }"
		sum := sha256Hex(q)
		ext := url.QueryEscape(fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":"%s"}}`, sum))
		_, body := get(t, base+"/graphql?extensions="+ext, nil)
		if !strings.Contains(body, "PersistedQueryNotFound") {
			t.Fatalf("unknown hash: %s", body)
		}
		_, body = get(t, base+"/graphql?query="+url.QueryEscape(q)+"&extensions="+ext, nil)
		if !strings.Contains(body, `"claims"`) {
			t.Fatalf("registering: %s", body)
		}
		_, body = get(t, base+"/graphql?extensions="+ext, nil)
		if !strings.Contains(body, `"claims"`) {
			t.Fatalf("by hash: %s", body)
		}
	})
}

func TestCORS(t *testing.T) {
	base := mustServer(t, testdb.MustStore(t), server.Options{CORSOrigins: []string{"https://wiki.example"}})
	tests := []struct {
		origin string
		status int
		allow  string
	}{
		{"https://wiki.example", http.StatusNoContent, "https://wiki.example"},
		{"https://evil.example", http.StatusForbidden, ""},
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodOptions, base+"/graphql", nil)
			req.Header.Set("Origin", tt.origin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.status || resp.Header.Get("Access-Control-Allow-Origin") != tt.allow {
				t.Errorf("status %d allow %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
			}
		})
	}
}

func TestPlayground(t *testing.T) {
	base := mustServer(t, testdb.MustStore(t), server.Options{})
	resp, _ := get(t, base+"/", nil)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusFound || !strings.Contains(loc, "BallerinaCast") {
		t.Fatalf("GET / %d to %q", resp.StatusCode, loc)
	}
	resp, body := get(t, base+loc, nil)
	if resp.StatusCode != 200 || !strings.Contains(body, "GraphiQL") || !strings.Contains(body, "/graphql") {
		t.Errorf("playground page %d: %.200s", resp.StatusCode, body)
	}
	// the page's scripts and styles come from the server itself, not a CDN
	srcs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(body, -1)
	if len(srcs) < 4 {
		t.Fatalf("the page references %d assets", len(srcs))
	}
	for _, m := range srcs {
		if !strings.HasPrefix(m[1], "/playground/assets/") {
			t.Errorf("asset %s is not served locally", m[1])
			continue
		}
		if resp, _ := get(t, base+m[1], nil); resp.StatusCode != 200 {
			t.Errorf("asset %s: %d", m[1], resp.StatusCode)
		}
	}
}

// TestExampleQueriesRun: every operation of the playground's examples runs
// without error over the seeds.
func TestExampleQueriesRun(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	ctx := context.Background()
	ins, _ := loaders.ReadPaths([]string{"../../seeds"}, nil)
	res, err := loaders.Extract(ctx, ins, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteArticles(ctx, res.Articles); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	h := server.NewGraphQL(server.GraphQLOptions{Resolver: &graph.Resolver{Reader: s, Editor: s}, Logger: quietLog()})
	ops := regexp.MustCompile(`(?m)^query (\w+)`).FindAllStringSubmatch(server.ExampleQueries, -1)
	if len(ops) < 5 {
		t.Fatalf("only %d example operations", len(ops))
	}
	for _, op := range ops {
		t.Run(op[1], func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": server.ExampleQueries, "operationName": op[1]})
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			var out struct {
				Data   map[string]any   `json:"data"`
				Errors []map[string]any `json:"errors"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			if len(out.Errors) > 0 || len(out.Data) == 0 {
				t.Fatalf("errors %v data %v", out.Errors, out.Data)
			}
			for k, v := range out.Data {
				if v == nil {
					t.Errorf("%s is null", k)
				}
			}
		})
	}
}

// TestRecoversWhenNeo4jComesUp: serve started with Neo4j down answers
// /readyz 503 with the reason and UNAVAILABLE to queries, then becomes
// ready by itself once a Neo4j starts on that port.
func TestRecoversWhenNeo4jComesUp(t *testing.T) {
	cfg := testdb.Config(t)
	port := freePort(t)
	cfg.URI, cfg.User, cfg.Password = fmt.Sprintf("bolt://127.0.0.1:%d", port), "neo4j", "recovery-pw"
	store, err := neo4jstore.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close(context.Background()) }) // after the server stops
	base := mustServer(t, store, server.Options{})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, body := get(t, base+"/readyz", nil)
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("/readyz %d with Neo4j down: %s", resp.StatusCode, body)
		}
		if strings.Contains(body, "unreachable") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz does not say why: %s", body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { articles } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), "UNAVAILABLE") {
		t.Errorf("query while down: %s", b)
	}
	o := devdb.Options{DataDir: t.TempDir(), Port: port, Password: "recovery-pw"}
	if _, err := devdb.Start(context.Background(), o); err != nil {
		t.Fatalf("starting a Neo4j for the test: %v", err)
	}
	defer func() {
		if err := devdb.Stop(o, 60*time.Second); err != nil {
			t.Errorf("stopping the test Neo4j: %v", err)
		}
	}()
	waitReady(t, base, http.StatusOK, 90*time.Second)
	resp, err = http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { articles } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"articles":0`) {
		t.Errorf("query after recovery: %s", b)
	}
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
