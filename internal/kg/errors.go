package kg

import "errors"

// Domain errors. Adapters wrap them (fmt.Errorf("...: %w", ErrNotFound)) so
// that the edges (CLI, GraphQL presenter) can classify failures without
// knowing about drivers.
var (
	// ErrNotFound: the requested id or name does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalidInput: the caller's input is malformed or out of range.
	ErrInvalidInput = errors.New("invalid input")
	// ErrUnavailable: the database cannot be reached or refused the
	// credentials; retrying later may succeed.
	ErrUnavailable = errors.New("database unavailable")
	// ErrUnauthenticated: the caller lacks the credentials an operation needs.
	ErrUnauthenticated = errors.New("unauthenticated")
)
