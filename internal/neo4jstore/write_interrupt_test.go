package neo4jstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestWriteInterruptedByContext: a write still running when its context's
// deadline passes, or when its context is cancelled, ends with an error
// wrapping the context's error (which the API reports as TIMEOUT, as for
// reads), not as an unavailable database, long before the statement could
// finish, and what it wrote before is rolled back; a context whose
// deadline has already passed fails the same way without writing.
func TestWriteInterruptedByContext(t *testing.T) {
	s := testdb.MustEmptyStore(t) // transaction timeout 60 s
	// creates its node first, then runs for about 40 s
	slow := `CREATE (p:WriteProbe {case: $case}) WITH p UNWIND range(1, 1000000000) AS x WITH p, x WHERE x = -1 SET p.done = true`
	for _, tc := range append(interruptCases(), interruptCase{"deadline already passed", func() (context.Context, context.CancelFunc) {
		return context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	}, context.DeadlineExceeded}) {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := tc.ctx()
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- s.ExecWrite(ctx, slow, map[string]any{"case": tc.name}) }()
			select {
			case err := <-done:
				if !errors.Is(err, tc.want) || errors.Is(err, kg.ErrUnavailable) {
					t.Fatalf("error %v: want one wrapping %v and not kg.ErrUnavailable", err, tc.want)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("the write was not interrupted within 30 s")
			}
			rows, err := s.QueryRead(context.Background(), `MATCH (p:WriteProbe {case: $case}) RETURN count(p) AS n`, map[string]any{"case": tc.name})
			if err != nil {
				t.Fatal(err)
			}
			if n := rows[0]["n"]; n != int64(0) {
				t.Fatalf("%v probe nodes after the interrupted write, want 0 (rolled back)", n)
			}
		})
	}
}
