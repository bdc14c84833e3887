package export

import (
	"context"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Filter narrows an export. The zero Filter selects the whole graph;
// several fields intersect.
type Filter struct {
	// IDs selects these entities and their direct neighbours (so that an
	// exported film comes with its cast and crew). Wikitext pages are made
	// only for the named entities.
	IDs []string
	// Type keeps only entities of this label.
	Type kg.NodeType
	// Franchise keeps the franchise, the films linked to it (PART_OF,
	// SPIN_OFF_OF, SEQUEL_OF, PREQUEL_OF, transitively through films) and
	// every entity with a relationship to one of those films.
	Franchise string
}

// Empty reports whether f selects everything.
func (f Filter) Empty() bool { return len(f.IDs) == 0 && f.Type == "" && f.Franchise == "" }

// Selection is a resolved Filter: the set of exported entity ids.
type Selection struct {
	// All is true when every entity is exported (IDs is then nil).
	All bool
	// IDs are the exported entity ids, sorted.
	IDs []string
	// Pages are the ids wikitext makes pages for (sorted); nil with All.
	Pages []string

	set map[string]bool
}

// Has reports whether id is exported.
func (s *Selection) Has(id string) bool {
	if s.All {
		return true
	}
	if s.set == nil {
		s.set = make(map[string]bool, len(s.IDs))
		for _, id := range s.IDs {
			s.set[id] = true
		}
	}
	return s.set[id]
}

// NodeRef is an entity without its sources: what a page needs to name and
// link a neighbour.
type NodeRef struct {
	ID         string
	Type       kg.NodeType
	Name       string
	Properties map[string]any
}

// Reader streams a graph to the writers. Every method calls fn in the
// spec's order and stops at the first error fn returns, returning it.
// Implementations must give equal results for equal graphs.
type Reader interface {
	// Select resolves f. It returns an error wrapping kg.ErrNotFound naming
	// the first unknown id or franchise, and kg.ErrInvalidInput for an
	// unknown type.
	Select(ctx context.Context, f Filter) (*Selection, error)
	// Nodes calls fn for every selected entity, in id order.
	Nodes(ctx context.Context, sel *Selection, fn func(*kg.Node) error) error
	// Edges calls fn for every edge whose two ends are selected, ordered by
	// from, type, to.
	Edges(ctx context.Context, sel *Selection, fn func(*kg.Edge) error) error
	// Incident calls fn for every edge with an end among ids (whatever the
	// selection), ordered by from, type, to.
	Incident(ctx context.Context, ids []string, fn func(*kg.Edge) error) error
	// Conflicts calls fn for every conflict whose subject (and object, for a
	// relationship) is selected, ordered by kg.ConflictLess.
	Conflicts(ctx context.Context, sel *Selection, fn func(*kg.Conflict) error) error
	// Refs returns the entities among ids that exist, without sources.
	Refs(ctx context.Context, ids []string) (map[string]NodeRef, error)
	// Articles calls fn for the articles with the given ids (every article
	// when ids is nil), in id order; unknown ids are skipped.
	Articles(ctx context.Context, ids []string, fn func(*kg.Article) error) error
}
