// Package docstream writes the interchange document (kg.Document, in the
// bytes of kg.Document.WriteJSON) of a corpus whose facts do not fit in
// memory: a Builder takes each article's kg.ArticleFacts, spills them as
// compact records sorted by their place in the document to temporary
// files, then merges the files and assembles each node and edge (with
// kg.AssembleNode and kg.AssembleEdge) as it writes it. Memory is a fixed
// buffer plus the facts of the largest single node or edge.
package docstream

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// DefaultBudget is the number of bytes of encoded facts a Builder buffers
// before it sorts them and spills them to a temporary file.
const DefaultBudget = 16 << 20

// Options tune a Builder.
type Options struct {
	// Dir is where the Builder's temporary directory is made ("": the
	// system's temporary directory).
	Dir string
	// Budget is the bytes of encoded facts buffered before a spill (0:
	// DefaultBudget).
	Budget int
}

// Stats counts what Write wrote.
type Stats struct {
	Nodes     map[kg.NodeType]int
	Edges     map[kg.RelType]int
	Conflicts int
	// Runs and Spilt are the sorted runs written to temporary files and
	// their total bytes (0 when everything fitted in the buffer).
	Runs  int
	Spilt int64
}

// Builder assembles the document of many articles' facts, added one at a
// time in any order, with bounded memory. It is not safe for concurrent
// use. Close removes its temporary files.
type Builder struct {
	dir    string
	budget int
	facts  *sorter
	key    []byte
	buf    []byte
}

// New returns a Builder with its own temporary directory under opts.Dir.
// It fails when the directory cannot be made.
func New(opts Options) (*Builder, error) {
	if opts.Budget <= 0 {
		opts.Budget = DefaultBudget
	}
	dir, err := os.MkdirTemp(opts.Dir, "franchisekg-doc-*")
	if err != nil {
		return nil, fmt.Errorf("making a temporary directory for the document: %w", err)
	}
	return &Builder{dir: dir, budget: opts.Budget, facts: newSorter(dir, "facts", opts.Budget)}, nil
}

// Sections of the sort keys: every node record sorts before every edge
// record.
const (
	sectionNodes = 1
	sectionEdges = 2
)

// Add records the facts of one article. The document does not depend on
// the order of the articles (the facts of one article id keep their order
// within it, as kg.BuildDocument keeps them). It returns the error of
// spilling to the temporary directory.
func (b *Builder) Add(af kg.ArticleFacts) error {
	art := af.Article.ID
	for i := range af.Entities {
		f := &af.Entities[i]
		b.key = append(b.key[:0], sectionNodes)
		b.key = appendKeyPart(b.key, f.ID)
		b.key = append(b.key, kindEntity)
		b.key = appendKeyPart(b.key, string(f.Type))
		b.key = appendKeyPart(b.key, art)
		b.buf = appendEntity(append(b.buf[:0], kindEntity), f)
		if err := b.facts.add(b.key, b.buf); err != nil {
			return err
		}
	}
	for i := range af.Claims {
		c := &af.Claims[i]
		if c.IsRelation() {
			b.key = append(b.key[:0], sectionEdges)
			b.key = appendKeyPart(b.key, c.Subject)
			b.key = appendKeyPart(b.key, string(c.Relation))
			b.key = appendKeyPart(b.key, c.Object)
			b.buf = append(b.buf[:0], kindEdgeClaim)
		} else {
			// property claims sort just before their subject's entity facts
			b.key = append(b.key[:0], sectionNodes)
			b.key = appendKeyPart(b.key, c.Subject)
			b.key = append(b.key, kindPropClaim)
			b.buf = append(b.buf[:0], kindPropClaim)
		}
		b.key = appendKeyPart(b.key, art)
		b.buf = appendClaim(b.buf, c)
		if err := b.facts.add(b.key, b.buf); err != nil {
			return err
		}
	}
	return nil
}

// Write writes the document of every article added to w, in the bytes
// kg.BuildDocument(articles).WriteJSON(w) writes, and returns what it
// wrote. It returns the first error of reading the spilt facts or of
// writing to w, or ctx's error when ctx ends first (the document is then
// incomplete). Call it once.
func (b *Builder) Write(ctx context.Context, w io.Writer) (Stats, error) {
	st := Stats{Nodes: map[kg.NodeType]int{}, Edges: map[kg.RelType]int{}}
	dw := kg.NewDocumentWriter(w)
	conflicts := newSorter(b.dir, "conflicts", max(b.budget/4, 1<<20))
	addConflicts := func(cs []kg.Conflict) error {
		for i := range cs {
			c := &cs[i]
			b.key = appendKeyPart(b.key[:0], c.Subject)
			b.key = appendKeyPart(b.key, string(c.Relation))
			b.key = appendKeyPart(b.key, c.Object)
			b.key = appendKeyPart(b.key, c.Property)
			b.buf = appendConflict(b.buf[:0], c)
			if err := conflicts.add(b.key, b.buf); err != nil {
				return err
			}
		}
		return nil
	}

	// the node being gathered: the property claims of its id, its facts
	var nodeID string
	var propClaims []kg.Claim
	var facts []kg.EntityFact
	endNode := func() error {
		if len(facts) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		n, cs := kg.AssembleNode(facts, propClaims)
		facts = facts[:0]
		st.Nodes[n.Type]++
		if err := dw.WriteNode(n); err != nil {
			return fmt.Errorf("writing the document: %w", err)
		}
		return addConflicts(cs)
	}
	// the edge being gathered
	var edgeClaims []kg.Claim
	endEdge := func() error {
		if len(edgeClaims) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		e, cs := kg.AssembleEdge(edgeClaims)
		edgeClaims = edgeClaims[:0]
		st.Edges[e.Type]++
		if err := dw.WriteEdge(e); err != nil {
			return fmt.Errorf("writing the document: %w", err)
		}
		return addConflicts(cs)
	}
	err := b.facts.each(func(_, payload []byte) error {
		if len(payload) == 0 {
			return errCorrupt
		}
		switch payload[0] {
		case kindPropClaim:
			c, err := decodeClaim(payload[1:])
			if err != nil {
				return err
			}
			if c.Subject != nodeID {
				if err := endNode(); err != nil {
					return err
				}
				nodeID, propClaims = c.Subject, propClaims[:0]
			}
			propClaims = append(propClaims, c)
		case kindEntity:
			f, err := decodeEntity(payload[1:])
			if err != nil {
				return err
			}
			if f.ID != nodeID || (len(facts) > 0 && facts[0].Type != f.Type) {
				if err := endNode(); err != nil {
					return err
				}
				if f.ID != nodeID {
					nodeID, propClaims = f.ID, propClaims[:0]
				}
			}
			facts = append(facts, f)
		case kindEdgeClaim:
			c, err := decodeClaim(payload[1:])
			if err != nil {
				return err
			}
			if err := endNode(); err != nil {
				return err
			}
			if n := len(edgeClaims); n > 0 && (edgeClaims[0].Subject != c.Subject || edgeClaims[0].Relation != c.Relation || edgeClaims[0].Object != c.Object) {
				if err := endEdge(); err != nil {
					return err
				}
			}
			edgeClaims = append(edgeClaims, c)
		default:
			return errCorrupt
		}
		return nil
	})
	if err == nil {
		err = endNode()
	}
	if err == nil {
		err = endEdge()
	}
	if err == nil {
		err = conflicts.each(func(_, payload []byte) error {
			c, err := decodeConflict(payload)
			if err != nil {
				return err
			}
			st.Conflicts++
			if err := dw.WriteConflict(c); err != nil {
				return fmt.Errorf("writing the document: %w", err)
			}
			return nil
		})
	}
	if err == nil {
		if err = dw.Close(); err != nil {
			err = fmt.Errorf("writing the document: %w", err)
		}
	}
	st.Runs, st.Spilt = b.facts.nruns+conflicts.nruns, b.facts.spilt+conflicts.spilt
	return st, err
}

// Close removes the Builder's temporary files. It returns the error of
// removing them.
func (b *Builder) Close() error {
	if b.dir == "" {
		return nil
	}
	err := os.RemoveAll(b.dir)
	b.dir, b.facts = "", nil
	return err
}
