package neo4jstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestReadInterruptedByContext: a read still running when its context's
// deadline passes, or when its context is cancelled, ends with an error
// wrapping the context's error (which the API reports as TIMEOUT), not as
// an unavailable database, and long before the statement could finish
// (about 40 s on the development machine; Neo4j ends the transaction when
// the driver drops the connection).
func TestReadInterruptedByContext(t *testing.T) {
	s := testdb.MustStore(t) // transaction timeout 60 s
	slow := `UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n`
	for _, tc := range interruptCases() {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := tc.ctx()
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- s.ReadOnlyProbe(ctx, slow, nil) }()
			select {
			case err := <-done:
				if !errors.Is(err, tc.want) || errors.Is(err, kg.ErrUnavailable) {
					t.Fatalf("error %v: want one wrapping %v and not kg.ErrUnavailable", err, tc.want)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("the read was not interrupted within 30 s")
			}
		})
	}
}

// interruptCase is a context that ends a running statement, and the error
// the interrupted call must wrap.
type interruptCase struct {
	name string
	ctx  func() (context.Context, context.CancelFunc)
	want error
}

// interruptCases returns the contexts the read and write interruption
// tests share: a deadline passing, a cancel, and a cancel with a deadline
// far ahead, each about 300 ms into the statement.
func interruptCases() []interruptCase {
	return []interruptCase{
		{"deadline passes", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 300*time.Millisecond)
		}, context.DeadlineExceeded},
		{"cancelled", func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(300*time.Millisecond, cancel)
			return ctx, cancel
		}, context.Canceled},
		{"cancelled with a deadline ahead", func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
			time.AfterFunc(300*time.Millisecond, cancel)
			return ctx, cancel
		}, context.Canceled},
	}
}
