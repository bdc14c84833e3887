package neo4jstore

import (
	"context"
	"testing"
	"time"
)

type probeKey struct{}

// TestDriverContext: the context handed to the driver has no deadline but
// the caller's values and cancellation; a context without a deadline is
// handed over as it is.
func TestDriverContext(t *testing.T) {
	for _, tc := range []struct {
		name   string
		cancel bool
	}{
		{"deadline ahead", false},
		{"cancelled", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent, cancel := context.WithTimeout(context.WithValue(context.Background(), probeKey{}, "v"), time.Hour)
			defer cancel()
			if tc.cancel {
				cancel()
			}
			d := driverContext(parent)
			if _, ok := d.Deadline(); ok {
				t.Fatal("the driver's context has a deadline")
			}
			if d.Value(probeKey{}) != "v" {
				t.Fatal("the driver's context lost the caller's values")
			}
			if d.Done() != parent.Done() || d.Err() != parent.Err() {
				t.Fatalf("Done/Err differ from the caller's: %v vs %v", d.Err(), parent.Err())
			}
			// a context derived from it (as the driver derives its read
			// timeouts) is cancelled with the caller's
			child, stop := context.WithTimeout(d, time.Hour)
			defer stop()
			cancel()
			select {
			case <-child.Done():
			case <-time.After(10 * time.Second):
				t.Fatal("a context derived from the driver's was not cancelled with the caller's")
			}
		})
	}
	bg := context.Background()
	if driverContext(bg) != bg {
		t.Fatal("a context without a deadline was wrapped")
	}
}
