package export

import (
	"context"
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// MemReader serves an in-memory interchange document and its articles
// (for `extract`-style exports without a database, and the writers' tests).
type MemReader struct {
	doc      *kg.Document
	articles []kg.Article
	byID     map[string]*kg.Node
	adj      map[string][]int // entity id → indexes of its edges in doc.Edges
}

// NewMemReader indexes doc (which must be sorted as kg.BuildDocument sorts
// it) and the articles its sources cite.
func NewMemReader(doc *kg.Document, articles []kg.Article) *MemReader {
	m := &MemReader{doc: doc, byID: map[string]*kg.Node{}, adj: map[string][]int{}}
	m.articles = append([]kg.Article(nil), articles...)
	sort.Slice(m.articles, func(i, j int) bool { return m.articles[i].ID < m.articles[j].ID })
	for i := range doc.Nodes {
		m.byID[doc.Nodes[i].ID] = &doc.Nodes[i]
	}
	for i, e := range doc.Edges {
		m.adj[e.From] = append(m.adj[e.From], i)
		if e.To != e.From {
			m.adj[e.To] = append(m.adj[e.To], i)
		}
	}
	return m
}

// Select implements Reader.
func (m *MemReader) Select(ctx context.Context, f Filter) (*Selection, error) {
	return resolve(ctx, m, f)
}

// Nodes implements Reader.
func (m *MemReader) Nodes(ctx context.Context, sel *Selection, fn func(*kg.Node) error) error {
	for i := range m.doc.Nodes {
		n := &m.doc.Nodes[i]
		if !sel.Has(n.ID) {
			continue
		}
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

// Edges implements Reader.
func (m *MemReader) Edges(ctx context.Context, sel *Selection, fn func(*kg.Edge) error) error {
	for i := range m.doc.Edges {
		e := &m.doc.Edges[i]
		if !sel.Has(e.From) || !sel.Has(e.To) {
			continue
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// Incident implements Reader.
func (m *MemReader) Incident(ctx context.Context, ids []string, fn func(*kg.Edge) error) error {
	seen := map[int]bool{}
	var idx []int
	for _, id := range ids {
		for _, i := range m.adj[id] {
			if !seen[i] {
				seen[i] = true
				idx = append(idx, i)
			}
		}
	}
	sort.Ints(idx) // doc.Edges is already in from, type, to order
	for _, i := range idx {
		if err := fn(&m.doc.Edges[i]); err != nil {
			return err
		}
	}
	return nil
}

// Conflicts implements Reader.
func (m *MemReader) Conflicts(ctx context.Context, sel *Selection, fn func(*kg.Conflict) error) error {
	for i := range m.doc.Conflicts {
		c := &m.doc.Conflicts[i]
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
func (m *MemReader) Refs(ctx context.Context, ids []string) (map[string]NodeRef, error) {
	out := make(map[string]NodeRef, len(ids))
	for _, id := range ids {
		if n, ok := m.byID[id]; ok {
			out[id] = NodeRef{ID: n.ID, Type: n.Type, Name: n.Name, Properties: n.Properties}
		}
	}
	return out, nil
}

// Articles implements Reader.
func (m *MemReader) Articles(ctx context.Context, ids []string, fn func(*kg.Article) error) error {
	var want map[string]bool
	if ids != nil {
		want = toSet(ids)
	}
	for i := range m.articles {
		a := &m.articles[i]
		if want != nil && !want[a.ID] {
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

func (m *MemReader) missing(ctx context.Context, ids []string) (string, error) {
	for _, id := range ids {
		if m.byID[id] == nil {
			return id, nil
		}
	}
	return "", nil
}

func (m *MemReader) typeOf(ctx context.Context, id string) (kg.NodeType, error) {
	return m.byID[id].Type, nil
}

func (m *MemReader) ofType(ctx context.Context, t kg.NodeType) ([]string, error) {
	var out []string
	for _, n := range m.doc.Nodes {
		if n.Type == t {
			out = append(out, n.ID)
		}
	}
	return out, nil
}

func (m *MemReader) neighbours(ctx context.Context, ids []string) ([]string, error) {
	var out []string
	for _, id := range ids {
		for _, i := range m.adj[id] {
			e := m.doc.Edges[i]
			out = append(out, e.From, e.To)
		}
	}
	return out, nil
}

func (m *MemReader) franchiseFilms(ctx context.Context, franchise string) ([]string, error) {
	link := toSetRel(franchiseLinks)
	seen := map[string]bool{franchise: true}
	queue := []string{franchise}
	var films []string
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, i := range m.adj[id] {
			e := m.doc.Edges[i]
			if !link[e.Type] {
				continue
			}
			for _, o := range []string{e.From, e.To} {
				if n := m.byID[o]; n != nil && !seen[o] && n.Type == kg.Film {
					seen[o] = true
					films = append(films, o)
					queue = append(queue, o)
				}
			}
		}
	}
	sort.Strings(films)
	return films, nil
}

func toSetRel(rs []kg.RelType) map[kg.RelType]bool {
	m := map[kg.RelType]bool{}
	for _, r := range rs {
		m[r] = true
	}
	return m
}
