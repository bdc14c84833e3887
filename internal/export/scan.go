package export

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// keyScan is what a first pass over the selection learns: the property
// keys of every node label and relationship type, so that column and key
// declarations can precede the data (CSV headers, GraphML <key>s).
type keyScan struct {
	nodeKeys map[kg.NodeType][]string
	edgeKeys map[kg.RelType][]string
	// lists holds "Label.key" and "TYPE.key" for keys some value of which
	// is a list (a disputed or multi-valued property).
	lists map[string]bool
	// relGroups lists the (type, from label, to label) combinations present.
	relGroups []relGroup
	// learned holds the groups with a learned edge (kg.Edge.Learned: only
	// the learned credit classifier found it); those get a learned column
	// or key, so that exports with no learned edge are written as before.
	learned map[relGroup]bool
}

type relGroup struct {
	Type     kg.RelType
	From, To kg.NodeType
}

func (g relGroup) less(o relGroup) bool {
	if g.Type != o.Type {
		return g.Type < o.Type
	}
	if g.From != o.From {
		return g.From < o.From
	}
	return g.To < o.To
}

// scanKeys streams the selection once and returns its keyScan.
func scanKeys(ctx context.Context, r Reader, sel *Selection) (*keyScan, error) {
	nk := map[kg.NodeType]map[string]bool{}
	ek := map[kg.RelType]map[string]bool{}
	groups := map[relGroup]bool{}
	learned := map[relGroup]bool{}
	lists := map[string]bool{}
	err := r.Nodes(ctx, sel, func(n *kg.Node) error {
		if nk[n.Type] == nil {
			nk[n.Type] = map[string]bool{}
		}
		for k, v := range n.Properties {
			nk[n.Type][k] = true
			if isList(v) {
				lists[string(n.Type)+"."+k] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = r.Edges(ctx, sel, func(e *kg.Edge) error {
		if ek[e.Type] == nil {
			ek[e.Type] = map[string]bool{}
		}
		for k, v := range e.Properties {
			ek[e.Type][k] = true
			if isList(v) {
				lists[string(e.Type)+"."+k] = true
			}
		}
		g := relGroup{e.Type, kg.TypeOfID(e.From), kg.TypeOfID(e.To)}
		groups[g] = true
		if e.Learned() {
			learned[g] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	ks := &keyScan{nodeKeys: map[kg.NodeType][]string{}, edgeKeys: map[kg.RelType][]string{}, lists: lists, learned: learned}
	for t, m := range nk {
		ks.nodeKeys[t] = sortedKeys(m)
	}
	for t, m := range ek {
		ks.edgeKeys[t] = sortedKeys(m)
	}
	for g := range groups {
		ks.relGroups = append(ks.relGroups, g)
	}
	sort.Slice(ks.relGroups, func(i, j int) bool { return ks.relGroups[i].less(ks.relGroups[j]) })
	return ks, nil
}

// allNodeKeys returns the union of the node keys of every label, sorted.
func (ks *keyScan) allNodeKeys() []string {
	m := map[string]bool{}
	for _, l := range ks.nodeKeys {
		for _, k := range l {
			m[k] = true
		}
	}
	return sortedKeys(m)
}

// allEdgeKeys returns the union of the edge keys of every type, sorted.
func (ks *keyScan) allEdgeKeys() []string {
	m := map[string]bool{}
	for _, l := range ks.edgeKeys {
		for _, k := range l {
			m[k] = true
		}
	}
	return sortedKeys(m)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// values returns a property value as a list of strings: a single value as
// one item, a disputed or multi-valued property as its items.
func values(v any) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return []string{x}
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			out = append(out, values(e)...)
		}
		return out
	}
	return []string{strings.TrimSpace(toString(v))}
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool:
		if x {
			return "true"
		}
		return "false"
	}
	return strings.Trim(strings.ReplaceAll(sprint(v), "\n", " "), " ")
}

func sprint(v any) string { return fmt.Sprint(v) }

func isList(v any) bool {
	switch v.(type) {
	case []string, []any:
		return true
	}
	return false
}
