package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// qryTraversalTypes are the derived edges that traversals follow (never
// MENTIONS, SUBJECT, OBJECT or EVIDENCE).
const qryTraversalTypes = `ACTED_IN|PORTRAYED|APPEARS_IN|DIRECTED|WROTE|PRODUCED|DISTRIBUTED|WORKED_ON|MEMBER_OF|PART_OF|SPIN_OFF_OF|SEQUEL_OF|PREQUEL_OF`

// MaxPathHops and MaxNeighbourhoodDepth cap traversals.
const (
	MaxPathHops           = 6
	MaxNeighbourhoodDepth = 3
	MaxNeighbourhoodLimit = 1000
)

const (
	qryPathHead = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:` + qryTraversalTypes
	qryPathTail = `]-(b))
WITH p LIMIT $limit
RETURN nodes(p) AS ns, [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
  claims: COLLECT {
    MATCH (x:Entity {id: startNode(r).id})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(y:Entity {id: endNode(r).id})
    WHERE c.relation = type(r) AND (c.rejected IS NULL OR c.rejected = false)
    RETURN {claim: c, ev: [(c)-[e:EVIDENCE]->(a:Article) | ` + qryEvidenceProjection + `]}
  }}] AS steps`
)

// One statement per hop bound: a variable-length bound cannot be a parameter.
var qryPathCypher = [MaxPathHops + 1]string{
	1: qryPathHead + `*..1` + qryPathTail,
	2: qryPathHead + `*..2` + qryPathTail,
	3: qryPathHead + `*..3` + qryPathTail,
	4: qryPathHead + `*..4` + qryPathTail,
	5: qryPathHead + `*..5` + qryPathTail,
	6: qryPathHead + `*..6` + qryPathTail,
}

// Paths returns every shortest path (at most limit) of at most maxHops
// (1..6) between from and to over the derived edges, ignoring direction;
// each step keeps the edge's own direction and carries the claims stating
// it. A path from a node to itself is that node alone. It returns
// kg.ErrInvalidInput for maxHops out of range and kg.ErrNotFound for an
// unknown end.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, limit int) ([]readmodel.Path, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return nil, fmt.Errorf("maxHops=%d: must be between 1 and %d: %w", maxHops, MaxPathHops, kg.ErrInvalidInput)
	}
	if err := qryCheckIDs([]string{from, to}); err != nil {
		return nil, err
	}
	if from == to {
		es, err := s.Entities(ctx, []string{from})
		if err != nil {
			return nil, err
		}
		e, ok := es[from]
		if !ok {
			return nil, fmt.Errorf("node %q: %w", from, kg.ErrNotFound)
		}
		return []readmodel.Path{{Nodes: []readmodel.Entity{e}}}, nil
	}
	recs, err := s.qryRead(ctx, qryPathCypher[maxHops], map[string]any{"from": from, "to": to, "limit": limit})
	if err != nil {
		return nil, err
	}
	out := make([]readmodel.Path, 0, len(recs))
	memo := qryEntityMemo{}
	for _, r := range recs {
		p := readmodel.Path{Nodes: memo.entities(qryGet(r, "ns"))}
		steps, _ := qryGet(r, "steps").([]any)
		for _, x := range steps {
			m, _ := x.(map[string]any)
			st := readmodel.Step{Type: kg.RelType(qryStr(m["type"])), From: qryStr(m["from"]), To: qryStr(m["to"])}
			cl, _ := m["claims"].([]any)
			for _, y := range cl {
				cm, _ := y.(map[string]any)
				if c, ok := qryClaim(cm["claim"], st.From, st.To, cm["ev"]); ok {
					st.Claims = append(st.Claims, c)
				}
			}
			st.Learned = qryLearnedOnly(st.Claims)
			p.Steps = append(p.Steps, st)
		}
		out = append(out, p)
	}
	out = qryMergePaths(out)
	for i := range out {
		for _, st := range out[i].Steps {
			out[i].Learned = out[i].Learned || st.Learned
		}
	}
	qrySortPaths(out)
	return out, nil
}

// qryLearnedOnly reports whether claims rest on learned sources only: there
// is a source and every source of every claim is learned (kg.LearnedOnly).
func qryLearnedOnly(claims []readmodel.Claim) bool {
	n := 0
	for _, c := range claims {
		for _, src := range c.Sources {
			if !src.Learned() {
				return false
			}
			n++
		}
	}
	return n > 0
}

// qryMergePaths merges the paths that visit the same nodes in the same
// order and differ only in their relationships (a person who both acted in
// and directed a film is linked to it twice, and Neo4j lists a shortest
// path per relationship): one path per node sequence, whose step i is the
// first of the merged paths' steps i by (type, from, to) and lists every
// relationship type linking its two nodes in Types; it is Learned only when
// every merged step is (a hop with one stated relationship is stated). The
// first path of each node sequence keeps its place.
func qryMergePaths(ps []readmodel.Path) []readmodel.Path {
	byKey := make(map[string]int, len(ps))
	out := ps[:0:0]
	for _, p := range ps {
		k := qryPathKey(p)
		i, seen := byKey[k]
		if !seen {
			byKey[k] = len(out)
			for j := range p.Steps {
				p.Steps[j].Types = []kg.RelType{p.Steps[j].Type}
			}
			out = append(out, p)
			continue
		}
		q := &out[i]
		for j, st := range p.Steps {
			cur := &q.Steps[j]
			if !slices.Contains(cur.Types, st.Type) {
				cur.Types = append(cur.Types, st.Type)
				slices.Sort(cur.Types)
			}
			learned := cur.Learned && st.Learned
			if st.Type < cur.Type || st.Type == cur.Type && st.From < cur.From {
				st.Types = cur.Types
				*cur = st
			}
			cur.Learned = learned
		}
	}
	return out
}

// qryPathKey is a path's node id sequence.
func qryPathKey(p readmodel.Path) string {
	var b strings.Builder
	for _, n := range p.Nodes {
		b.WriteString(n.ID)
		b.WriteByte(0)
	}
	return b.String()
}

// qrySortPaths orders paths by their node ids, so answers are deterministic.
func qrySortPaths(ps []readmodel.Path) {
	keys := make([]string, len(ps))
	idx := make([]int, len(ps))
	for i, p := range ps {
		keys[i], idx[i] = qryPathKey(p), i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	sorted := make([]readmodel.Path, len(ps))
	for i, k := range idx {
		sorted[i] = ps[k]
	}
	copy(ps, sorted)
}

// qryFirstNode returns the first element of a list of nodes.
func qryFirstNode(l []any) (neo4j.Node, bool) {
	if len(l) == 0 {
		return neo4j.Node{}, false
	}
	n, ok := l[0].(neo4j.Node)
	return n, ok
}

// The neighbourhood grows level by level (distinct nodes only, each level
// capped), which stays cheap around hubs where path enumeration would not.
const (
	qryHoodHead = `MATCH (c:Entity {id: $id})
WITH c, COLLECT { MATCH (c)-[:` + qryTraversalTypes + `]-(n:Entity) WHERE n <> c RETURN DISTINCT n ORDER BY n.id LIMIT $cap } AS l1`
	qryHoodL2 = `
WITH c, l1, COLLECT { UNWIND l1 AS x MATCH (x)-[:` + qryTraversalTypes + `]-(n:Entity) WHERE n <> c AND NOT n IN l1 RETURN DISTINCT n ORDER BY n.id LIMIT $cap } AS l2`
	qryHoodL3 = `
WITH c, l1, l2, COLLECT { UNWIND l2 AS x MATCH (x)-[:` + qryTraversalTypes + `]-(n:Entity) WHERE n <> c AND NOT n IN l1 AND NOT n IN l2 RETURN DISTINCT n ORDER BY n.id LIMIT $cap } AS l3`
	qryHoodTail = `
WITH c, found, ([c] + found)[..$limit] AS ns
RETURN c, ns, size(found) + 1 > $limit AS truncated, COLLECT {
  UNWIND ns AS x
  MATCH (x)-[r:` + qryTraversalTypes + `]->(y:Entity)
  WHERE y IN ns
  RETURN {from: x.id, to: y.id, type: type(r), props: properties(r)} AS e
  ORDER BY e.from, e.type, e.to
} AS edges`
)

var qryHoodCypher = [MaxNeighbourhoodDepth + 1]string{
	1: qryHoodHead + "\nWITH c, l1 AS found" + qryHoodTail,
	2: qryHoodHead + qryHoodL2 + "\nWITH c, l1 + l2 AS found" + qryHoodTail,
	3: qryHoodHead + qryHoodL2 + qryHoodL3 + "\nWITH c, l1 + l2 + l3 AS found" + qryHoodTail,
}

// Neighbourhood returns the entity id, the entities within depth (1..3)
// hops of it (nearest levels first, at most limit nodes in all, center
// included) and the derived edges among them, each Learned when every
// source behind it is learned (the edge's learned property). It returns kg.ErrNotFound for
// an unknown id and kg.ErrInvalidInput for depth or limit out of range.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth, limit int) (readmodel.Neighbourhood, error) {
	var nb readmodel.Neighbourhood
	if depth < 1 || depth > MaxNeighbourhoodDepth {
		return nb, fmt.Errorf("depth=%d: must be between 1 and %d: %w", depth, MaxNeighbourhoodDepth, kg.ErrInvalidInput)
	}
	if limit < 1 || limit > MaxNeighbourhoodLimit {
		return nb, fmt.Errorf("limit=%d: must be between 1 and %d: %w", limit, MaxNeighbourhoodLimit, kg.ErrInvalidInput)
	}
	if err := qryCheckIDs([]string{id}); err != nil {
		return nb, err
	}
	recs, err := s.qryRead(ctx, qryHoodCypher[depth], map[string]any{"id": id, "limit": limit, "cap": limit + 1})
	if err != nil {
		return nb, err
	}
	if len(recs) == 0 {
		return nb, fmt.Errorf("node %q: %w", id, kg.ErrNotFound)
	}
	r := recs[0]
	ns, _ := qryGet(r, "ns").([]any)
	nb.Nodes = qryEntities(ns) // distinct nodes: nothing for a memo to share
	c, _ := qryGet(r, "c").(neo4j.Node)
	if first, ok := qryFirstNode(ns); ok && first.ElementId == c.ElementId && c.ElementId != "" {
		nb.Center = nb.Nodes[0] // the center heads ns
	} else {
		nb.Center, _ = qryEntity(c)
	}
	nb.Truncated, _ = qryGet(r, "truncated").(bool)
	edges, _ := qryGet(r, "edges").([]any)
	nb.Edges = make([]readmodel.Edge, 0, len(edges))
	for _, x := range edges {
		m, _ := x.(map[string]any)
		props, _ := m["props"].(map[string]any)
		learned, _ := props["learned"].(bool)
		nb.Edges = append(nb.Edges, readmodel.Edge{From: qryStr(m["from"]), To: qryStr(m["to"]), Type: kg.RelType(qryStr(m["type"])), Props: props, Learned: learned})
	}
	return nb, nil
}
