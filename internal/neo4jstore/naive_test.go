package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestNaiveWritesTheSameGraph: the benchmark's baseline writes as many
// nodes and relationships as the real loader, so comparing their speed is
// fair.
func TestNaiveWritesTheSameGraph(t *testing.T) {
	in := facts(fixture()...)
	want, _ := freshState(t, in)
	s := testdb.MustEmptyStore(t)
	n, err := s.WriteArticlesNaive(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	got := mustCount(t, s)
	if got.Nodes != want.Nodes || got.Relationships != want.Relationships || n == 0 {
		t.Fatalf("naive load: %+v (%d relationships reported), the loader's: %+v", got, n, want)
	}
}
