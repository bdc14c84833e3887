package apibench

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestAPIClient: the load generator's client posts the query and variables
// as JSON to /graphql, reads answers sent with a Content-Length or
// chunked, fails on GraphQL errors and bad statuses, keeps one connection
// per concurrent caller alive across requests, and recovers when the
// server closes a connection (after an answer, or while it is idle).
func TestAPIClient(t *testing.T) {
	var conns atomic.Int64
	var closeIdle sync.Map // net.Conn -> struct{}: connections to close when idle
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Query     string         `json:"query"`
			Variables map[string]any `json:"variables"`
		}
		if r.URL.Path != "/graphql" || r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" {
			http.Error(w, "bad request line or content type", http.StatusBadRequest)
			return
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		id, _ := req.Variables["id"].(string)
		switch req.Query {
		case "length":
			w.Header().Set("Content-Length", "22")
			io.WriteString(w, `{"data":{"id":"`+id[:4]+`"}}`)
		case "chunked":
			io.WriteString(w, `{"data":{"part":1,`)
			w.(http.Flusher).Flush()
			io.WriteString(w, `"id":"`+id+`"}}`)
		case "errors":
			io.WriteString(w, `{"errors":[{"message":"no such film"}],"data":null}`)
		case "status":
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, `{"data":null}`)
		case "close":
			w.Header().Set("Connection", "close")
			io.WriteString(w, `{"data":{}}`)
		case "close when idle":
			closeIdle.Store(r.Context().Value(connKey{}), struct{}{})
			io.WriteString(w, `{"data":{}}`)
		default:
			http.Error(w, "unknown query "+req.Query, http.StatusBadRequest)
		}
	}))
	srv.Config.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		conns.Add(1)
		return context.WithValue(ctx, connKey{}, c)
	}
	srv.Config.ConnState = func(c net.Conn, s http.ConnState) {
		if _, ok := closeIdle.Load(c); ok && s == http.StateIdle {
			c.Close()
		}
	}
	srv.Start()
	defer srv.Close()
	c, err := NewAPIClient(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	for _, tc := range []struct {
		name, query string
		wantErr     string
		newConns    int64 // connections opened by this request
	}{
		{"content length", "length", "", 1},
		{"chunked", "chunked", "", 0},
		{"GraphQL errors", "errors", "no such film", 0},
		{"bad status", "status", "status 503", 0},
		{"server closes after answering", "close", "", 0},
		{"next request on a new connection", "length", "", 1},
		{"server closes while idle", "close when idle", "", 0},
		{"resent on a new connection", "length", "", 1},
		{"kept alive", "chunked", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := conns.Load()
			err := c.Do(ctx, tc.query, map[string]any{"id": "film:x-1"})
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("error %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error %v, want one with %q", err, tc.wantErr)
			}
			if got := conns.Load() - before; got != tc.newConns {
				t.Fatalf("%d connections opened, want %d", got, tc.newConns)
			}
		})
	}
	t.Run("one connection per concurrent caller", func(t *testing.T) {
		c, err := NewAPIClient(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		before := conns.Load()
		lat, errs, first, _ := drive(4, 300*time.Millisecond, func(int) error { return c.Do(ctx, "length", map[string]any{"id": "film:x"}) })
		if errs > 0 || len(lat) == 0 {
			t.Fatalf("%d errors (%s), %d answers", errs, first, len(lat))
		}
		if got := conns.Load() - before; got > 4 {
			t.Fatalf("%d connections for 4 callers", got)
		}
	})
	t.Run("not loopback", func(t *testing.T) {
		if _, err := NewAPIClient("http://192.0.2.1:80"); err == nil {
			t.Fatal("a non-loopback address was accepted")
		}
	})
}

type connKey struct{}
