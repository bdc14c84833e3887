package neo4jstore

import (
	"errors"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestWrapRetriesExhausted: when the driver's own retries run out on a
// transient failure (a deadlock between concurrent batches, a server
// restarting), the error stays kg.ErrUnavailable so a loader may retry
// the batch; when they run out on anything else it does not.
func TestWrapRetriesExhausted(t *testing.T) {
	s := &Store{uri: "bolt://db.example:7687"}
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "can't acquire ExclusiveLock"}
	syntax := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}
	for _, tc := range []struct {
		name      string
		err       error
		retryable bool
	}{
		{"deadlock, retries exhausted", &neo4j.TransactionExecutionLimit{Cause: "timeout (exceeded max retry time: 30s)", Errors: []error{deadlock, deadlock}}, true},
		{"client error after a deadlock", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{deadlock, syntax}}, false},
		{"no attempts recorded", &neo4j.TransactionExecutionLimit{Cause: "timeout"}, false},
		{"plain deadlock", deadlock, true},
		{"plain client error", syntax, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := s.wrap(tc.err)
			if errors.Is(got, kg.ErrUnavailable) != tc.retryable {
				t.Fatalf("wrap(%v) = %v, retryable %v, want %v", tc.err, got, !tc.retryable, tc.retryable)
			}
			if got == nil || len(got.Error()) == 0 {
				t.Fatal("empty error")
			}
		})
	}
}
