package export

import (
	"context"
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// storePage is how many entities (or articles) one read transaction
// fetches; memory stays proportional to it, not to the graph.
const storePage = 200

// StoreReader streams the graph from Neo4j in keyset pages of entity ids,
// assembling nodes, edges and conflicts as the store's ExportDocument does.
type StoreReader struct {
	s *neo4jstore.Store
	// PageSize overrides storePage (tests use small pages to cross page
	// boundaries).
	PageSize int
}

// NewStoreReader returns a Reader over s.
func NewStoreReader(s *neo4jstore.Store) *StoreReader { return &StoreReader{s: s} }

func (r *StoreReader) page() int {
	if r.PageSize > 0 {
		return r.PageSize
	}
	return storePage
}

// Select implements Reader.
func (r *StoreReader) Select(ctx context.Context, f Filter) (*Selection, error) {
	return resolve(ctx, r, f)
}

// idPages calls fn with successive sorted pages of the selected ids.
func (r *StoreReader) idPages(ctx context.Context, sel *Selection, fn func(ids []string) error) error {
	if !sel.All {
		for i := 0; i < len(sel.IDs); i += r.page() {
			if err := fn(sel.IDs[i:min(i+r.page(), len(sel.IDs))]); err != nil {
				return err
			}
		}
		return nil
	}
	after := ""
	for {
		ids, err := r.s.ExportEntityIDs(ctx, after, r.page(), "")
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		if err := fn(ids); err != nil {
			return err
		}
		after = ids[len(ids)-1]
	}
}

// Nodes implements Reader.
func (r *StoreReader) Nodes(ctx context.Context, sel *Selection, fn func(*kg.Node) error) error {
	return r.idPages(ctx, sel, func(ids []string) error {
		nodes, _, err := r.s.ExportNodes(ctx, ids)
		if err != nil {
			return err
		}
		for i := range nodes {
			if err := fn(&nodes[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// Edges implements Reader: edges are read by subject, page by page, so
// they come in from, type, to order.
func (r *StoreReader) Edges(ctx context.Context, sel *Selection, fn func(*kg.Edge) error) error {
	return r.idPages(ctx, sel, func(ids []string) error {
		edges, _, err := r.s.ExportEdges(ctx, ids, false)
		if err != nil {
			return err
		}
		for i := range edges {
			if !sel.Has(edges[i].To) {
				continue
			}
			if err := fn(&edges[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// Incident implements Reader.
func (r *StoreReader) Incident(ctx context.Context, ids []string, fn func(*kg.Edge) error) error {
	edges, _, err := r.s.ExportEdges(ctx, ids, true)
	if err != nil {
		return err
	}
	for i := range edges {
		if err := fn(&edges[i]); err != nil {
			return err
		}
	}
	return nil
}

// Conflicts implements Reader. Only entities with a list-valued
// conflicting property or a disputed relationship can have conflicts; they
// are few, so their conflicts are assembled and sorted in memory.
func (r *StoreReader) Conflicts(ctx context.Context, sel *Selection, fn func(*kg.Conflict) error) error {
	nodes, subjects, err := r.s.ExportConflictCandidates(ctx, []string{kg.PropReleaseDate, kg.PropFormat, kg.PropWorld})
	if err != nil {
		return err
	}
	var all []kg.Conflict
	for i := 0; i < len(nodes); i += r.page() {
		_, cs, err := r.s.ExportNodes(ctx, nodes[i:min(i+r.page(), len(nodes))])
		if err != nil {
			return err
		}
		all = append(all, cs...)
	}
	for i := 0; i < len(subjects); i += r.page() {
		_, cs, err := r.s.ExportEdges(ctx, subjects[i:min(i+r.page(), len(subjects))], false)
		if err != nil {
			return err
		}
		all = append(all, cs...)
	}
	sort.Slice(all, func(i, j int) bool { return kg.ConflictLess(all[i], all[j]) })
	for i := range all {
		c := &all[i]
		if !sel.Has(c.Subject) || (c.Object != "" && !sel.Has(c.Object)) {
			continue
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

// Refs implements Reader.
func (r *StoreReader) Refs(ctx context.Context, ids []string) (map[string]NodeRef, error) {
	out := make(map[string]NodeRef, len(ids))
	for i := 0; i < len(ids); i += r.page() {
		ns, err := r.s.ExportRefs(ctx, ids[i:min(i+r.page(), len(ids))])
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			out[n.ID] = NodeRef{ID: n.ID, Type: n.Type, Name: n.Name, Properties: n.Properties}
		}
	}
	return out, nil
}

// Articles implements Reader.
func (r *StoreReader) Articles(ctx context.Context, ids []string, fn func(*kg.Article) error) error {
	emit := func(arts []kg.Article) error {
		for i := range arts {
			if err := fn(&arts[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if ids != nil {
		ids = uniqueSorted(ids)
		for i := 0; i < len(ids); i += r.page() {
			arts, err := r.s.ExportArticles(ctx, ids[i:min(i+r.page(), len(ids))])
			if err != nil {
				return err
			}
			if err := emit(arts); err != nil {
				return err
			}
		}
		return nil
	}
	after := ""
	for {
		arts, err := r.s.ExportArticlePage(ctx, after, r.page())
		if err != nil || len(arts) == 0 {
			return err
		}
		if err := emit(arts); err != nil {
			return err
		}
		after = arts[len(arts)-1].ID
	}
}

func (r *StoreReader) missing(ctx context.Context, ids []string) (string, error) {
	types, err := r.s.ExportEntityTypes(ctx, ids)
	if err != nil {
		return "", err
	}
	for _, id := range ids {
		if _, ok := types[id]; !ok {
			return id, nil
		}
	}
	return "", nil
}

func (r *StoreReader) typeOf(ctx context.Context, id string) (kg.NodeType, error) {
	types, err := r.s.ExportEntityTypes(ctx, []string{id})
	return types[id], err
}

func (r *StoreReader) ofType(ctx context.Context, t kg.NodeType) ([]string, error) {
	var out []string
	after := ""
	for {
		ids, err := r.s.ExportEntityIDs(ctx, after, 10*r.page(), t)
		if err != nil || len(ids) == 0 {
			return out, err
		}
		out = append(out, ids...)
		after = ids[len(ids)-1]
	}
}

func (r *StoreReader) neighbours(ctx context.Context, ids []string) ([]string, error) {
	var out []string
	for i := 0; i < len(ids); i += r.page() {
		nb, err := r.s.ExportNeighbours(ctx, ids[i:min(i+r.page(), len(ids))])
		if err != nil {
			return nil, err
		}
		out = append(out, nb...)
	}
	return out, nil
}

func (r *StoreReader) franchiseFilms(ctx context.Context, franchise string) ([]string, error) {
	films, err := r.s.ExportLinkedFilms(ctx, franchise, franchiseLinks)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range films {
		if f != franchise {
			out = append(out, f)
		}
	}
	return out, nil
}
