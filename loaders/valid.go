package loaders

import (
	"fmt"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// validDocument reports the first way doc breaks the spec: an unknown node
// or relationship type, an id that does not match its type, an edge whose
// ends are missing or of types the relationship does not allow, a fact
// without a source. It returns nil for a valid document.
func validDocument(doc *kg.Document) error {
	types := map[string]kg.NodeType{}
	for _, n := range doc.Nodes {
		if !n.Type.Valid() {
			return fmt.Errorf("node %s: unknown type %q", n.ID, n.Type)
		}
		if kg.TypeOfID(n.ID) != n.Type {
			return fmt.Errorf("node %s: id does not match type %s", n.ID, n.Type)
		}
		if n.Name == "" {
			return fmt.Errorf("node %s: empty name", n.ID)
		}
		types[n.ID] = n.Type
	}
	for _, e := range doc.Edges {
		rule, ok := allowed[e.Type]
		if !ok {
			return fmt.Errorf("edge %s %s %s: unknown type", e.From, e.Type, e.To)
		}
		ft, okf := types[e.From]
		tt, okt := types[e.To]
		if !okf || !okt {
			return fmt.Errorf("edge %s %s %s: missing end", e.From, e.Type, e.To)
		}
		if !typeIn(ft, rule[0]) || !typeIn(tt, rule[1]) {
			return fmt.Errorf("edge %s %s %s: ends of types %s, %s", e.From, e.Type, e.To, ft, tt)
		}
		if len(e.Sources) == 0 {
			return fmt.Errorf("edge %s %s %s: no source", e.From, e.Type, e.To)
		}
	}
	return nil
}
