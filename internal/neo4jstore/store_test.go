package neo4jstore_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestBoltRoundTrip proves the tests talk to a real Neo4j over Bolt: a node
// written in one transaction is read back in another.
func TestBoltRoundTrip(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	ctx := context.Background()
	if err := s.ExecWrite(ctx, "CREATE (:Probe {id: $id, text: $text})", map[string]any{"id": "probe:1", "text": "it's {\"quoted\"} \\ MATCH"}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.QueryRead(ctx, "MATCH (p:Probe {id: $id}) RETURN p.text AS text, count(*) AS n", map[string]any{"id": "probe:1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0]["text"] != "it's {\"quoted\"} \\ MATCH" || rows[0]["n"] != int64(1) {
		t.Fatalf("read back %v", rows)
	}
}

func TestMigrateIsIdempotent(t *testing.T) {
	s := testdb.MustStore(t)
	for i := 0; i < 2; i++ {
		if err := s.Migrate(context.Background()); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
}

func TestConnectionErrors(t *testing.T) {
	good := testdb.Config(t)
	tests := []struct {
		name string
		cfg  neo4jstore.Config
		want string
	}{
		{"wrong password", neo4jstore.Config{URI: good.URI, User: good.User, Password: "definitely-wrong"}, "authentication failed"},
		{"nothing listening", neo4jstore.Config{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "x"}, "unreachable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := neo4jstore.Open(context.Background(), tt.cfg)
			if err == nil {
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, kg.ErrUnavailable) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.cfg.URI) {
				t.Fatalf("error %q: want kg.ErrUnavailable mentioning %q and the URI", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
		})
	}
}
