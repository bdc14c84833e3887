package neo4jstore

import (
	"context"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// refreshBatch is how many stale entities one Refresh transaction handles.
const refreshBatch = 1000

const (
	staleEntitiesCypher = `MATCH (e:Entity) WHERE e.stale = true RETURN e.id AS id ORDER BY id LIMIT $limit`
	entityInfoCypher    = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, properties(e) AS props,
  EXISTS { (e)<-[:MENTIONS]-() } AS mentioned, EXISTS { (e)<-[:SUBJECT|OBJECT]-() } AS claimed`
	entityMentionsCypher = `UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: id})
RETURN id, a.id AS article, m.ord AS ord, m.entity AS entity, m.name AS name, m.aliases AS aliases,
  m.propKeys AS propKeys, m.propValues AS propValues`
	// learned: every source of the claim is the learned classifier's (no
	// rule states it), so the derived edge can say so
	entityClaimsCypher = `UNWIND $ids AS id
MATCH (c:Claim)-[:SUBJECT]->(:Entity {id: id})
WHERE c.rejected = false
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN id, properties(c) AS claim, o.id AS object,
  NOT EXISTS { (c)-[e:EVIDENCE]->() WHERE e.method IS NULL OR e.method <> 'learned' } AS learned`
	entityAliasCorrectionsCypher = `UNWIND $ids AS id
MATCH (k:Correction {kind: 'alias', target: id})
WHERE k.undone = false
RETURN id, k.value AS alias`
	entityEdgesCypher = `UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]->(o:Entity)
RETURN id, type(r) AS type, o.id AS to, properties(r) AS props`
	// re-checked under a write lock: a concurrent write may have given the
	// entity a mention or a claim since it was read
	deleteEntitiesCypher = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true REMOVE e._lock
WITH e
WHERE NOT EXISTS { (e)<-[:MENTIONS]-() } AND NOT EXISTS { (e)<-[:SUBJECT|OBJECT]-() }
DETACH DELETE e`
	setEntitiesCypher   = `UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e = r.props`
	unstaleCypher       = `UNWIND $ids AS id MATCH (e:Entity {id: id}) REMOVE e.stale`
	deleteDerivedCypher = `UNWIND $rows AS r
MATCH (:Entity {id: r.from})-[x]->(:Entity {id: r.to})
WHERE type(x) = r.type
DELETE x`
	createDerivedCypher = `UNWIND $rows AS r
MATCH (s:Entity {id: r.from})
MATCH (o:Entity {id: r.to})
CREATE (s)-[x:$(r.type)]->(o)
SET x = r.props`
)

// markUnmarkedLearnedCypher marks stale the subjects of derived edges that
// rest on learned evidence only (no non-rejected claim of the edge has a
// rule's evidence) but have no learned property: a graph derived before
// edges carried the mark. It starts from the learned evidence (indexed by
// method), so it reads little on a graph where every edge is marked.
const markUnmarkedLearnedCypher = `MATCH (c:Claim)-[e:EVIDENCE]->()
WHERE e.method = 'learned'
WITH DISTINCT c
WHERE coalesce(c.rejected, false) = false AND c.relation IS NOT NULL
MATCH (s:Entity)<-[:SUBJECT]-(c)-[:OBJECT]->(o:Entity)
MATCH (s)-[r]->(o)
WHERE type(r) = c.relation AND r.learned IS NULL
  AND NOT EXISTS { (s)<-[:SUBJECT]-(k:Claim)-[:OBJECT]->(o)
    WHERE k.relation = c.relation AND coalesce(k.rejected, false) = false
      AND EXISTS { (k)-[x:EVIDENCE]->() WHERE x.method IS NULL OR x.method <> 'learned' } }
WITH DISTINCT s
SET s.stale = true
RETURN count(s) AS n`

// markLearnedEdges re-derives (Refresh) the entities whose derived edges
// rest on learned evidence only but lack learned: true, so the traversals
// mark them on a graph derived before the mark existed. It does nothing
// (one read of the learned evidence) on a graph whose edges are marked.
func (s *Store) markLearnedEdges(ctx context.Context) error {
	n, err := s.markUnmarkedLearned(ctx)
	if err != nil || n == 0 {
		return err
	}
	_, err = s.Refresh(ctx)
	return err
}

// markUnmarkedLearned runs markUnmarkedLearnedCypher and returns the number
// of entities it marked stale.
func (s *Store) markUnmarkedLearned(ctx context.Context) (int64, error) {
	n, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		rows, err := collectRows(ctx, tx, markUnmarkedLearnedCypher, nil)
		if err != nil || len(rows) == 0 {
			return int64(0), err
		}
		n, _ := rows[0]["n"].(int64)
		return n, nil
	})
	if err != nil {
		return 0, err
	}
	return n.(int64), nil
}

// reservedNodeProps are entity node properties the store sets itself; a
// fact property of the same name is not copied onto the node.
var reservedNodeProps = map[string]bool{"id": true, "name": true, "title": true, "aliases": true,
	"aliasText": true, "keys": true, "stale": true}

// refreshWorkers is how many Refresh transactions run at once.
const refreshWorkers = 2

// Refresh recomputes what is derived from the facts of every entity marked
// stale by a write: its name, aliases, keys and properties, its outgoing
// plain edges (ACTED_IN, ...) from its non-rejected claims (an edge every
// source of which is learned gets learned: true), and deletes the
// entities no article mentions and no claim names any more. It works in
// transactions of up to 1,000 entities, two at a time, so a crash leaves
// the remaining ones marked stale for the next Refresh. It returns the
// number of entities refreshed, and an error wrapping a kg error when
// Neo4j fails.
func (s *Store) Refresh(ctx context.Context) (int, error) {
	total := 0
	for {
		out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return collectRows(ctx, tx, staleEntitiesCypher, map[string]any{"limit": 100 * refreshBatch})
		})
		if err != nil {
			return total, err
		}
		rows := out.([]map[string]any)
		if len(rows) == 0 {
			return total, nil
		}
		batches := make(chan []string, (len(rows)+refreshBatch-1)/refreshBatch)
		for i := 0; i < len(rows); i += refreshBatch {
			ids := make([]string, 0, refreshBatch)
			for _, r := range rows[i:min(i+refreshBatch, len(rows))] {
				ids = append(ids, str(r["id"]))
			}
			batches <- ids
		}
		close(batches)
		errs := make(chan error, refreshWorkers)
		for w := 0; w < refreshWorkers; w++ {
			go func() {
				for ids := range batches {
					if _, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
						return nil, refreshEntities(ctx, tx, ids)
					}); err != nil {
						errs <- err
						for range batches { // drain: the other worker stops too
						}
						return
					}
				}
				errs <- nil
			}()
		}
		var first error
		for w := 0; w < refreshWorkers; w++ {
			if err := <-errs; err != nil && first == nil {
				first = err
			}
		}
		if first != nil {
			return total, first
		}
		total += len(rows)
	}
}

// mentionRow is one stored MENTIONS: one article's EntityFact about an
// entity, without its sources.
type mentionRow struct {
	article, entity, name string
	ord                   int
	aliases               []string
	props                 map[string]string
	sources               []kg.Source
}

func mentionFromProps(article string, m map[string]any) mentionRow {
	r := mentionRow{article: article, entity: str(m["entity"]), name: str(m["name"]), aliases: strList(m["aliases"])}
	if n, ok := m["ord"].(int64); ok {
		r.ord = int(n)
	}
	ks, vs := strList(m["propKeys"]), strList(m["propValues"])
	if len(ks) > 0 {
		r.props = map[string]string{}
		for i, k := range ks {
			if i < len(vs) {
				r.props[k] = vs[i]
			}
		}
	}
	return r
}

// entityFacts turns the MENTIONS of one entity (id, type) into EntityFacts
// in article order. Facts that came from an entity merged into this one
// count their names as aliases only: the kept entity's own facts choose its
// canonical name.
func entityFacts(id string, typ kg.NodeType, rows []mentionRow) []kg.EntityFact {
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].article != rows[j].article {
			return rows[i].article < rows[j].article
		}
		return rows[i].ord < rows[j].ord
	})
	var own []kg.EntityFact
	for _, r := range rows {
		if r.entity == id || r.entity == "" {
			own = append(own, kg.EntityFact{ID: id, Type: typ, Name: r.name, Aliases: r.aliases, Properties: r.props, Mentions: r.sources})
		}
	}
	keepName := ""
	if len(own) > 0 {
		n, _ := kg.AssembleNode(own, nil)
		keepName = n.Name
	}
	out := make([]kg.EntityFact, 0, len(rows))
	for _, r := range rows {
		f := kg.EntityFact{ID: id, Type: typ, Name: r.name, Aliases: r.aliases, Properties: r.props, Mentions: r.sources}
		if r.entity != id && r.entity != "" && keepName != "" {
			f.Name = keepName
			f.Aliases = append([]string{r.name}, r.aliases...)
		}
		out = append(out, f)
	}
	return out
}

// claimFromProps rebuilds a claim (without sources) from its node's
// properties and the ids its SUBJECT/OBJECT relationships point to.
func claimFromProps(p map[string]any, subject, object string) kg.Claim {
	c := kg.Claim{Subject: subject, Relation: kg.RelType(str(p["relation"])), Property: str(p["property"]),
		Value: str(p["value"]), Qualifiers: claimQualifiers(p)}
	if c.IsRelation() {
		c.Object = object
	}
	return c
}

// withAliases adds editor aliases to a node's aliases, keeping the order
// and the folded deduplication of kg.AssembleNode.
func withAliases(n kg.Node, extra []string) []string {
	seen := map[string]bool{kg.Fold(n.Name): true}
	out := []string{}
	for _, a := range append(append([]string{}, n.Aliases...), extra...) {
		if k := kg.Fold(a); !seen[k] && strings.TrimSpace(a) != "" {
			seen[k] = true
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if fi, fj := kg.Fold(out[i]), kg.Fold(out[j]); fi != fj {
			return fi < fj
		}
		return out[i] < out[j]
	})
	return out
}

// nodeProps returns the stored properties of an entity node.
func nodeProps(n kg.Node) map[string]any {
	p := map[string]any{"id": n.ID, "name": n.Name, "aliases": nonNil(n.Aliases),
		"aliasText": strings.Join(n.Aliases, " | ")}
	if n.Type == kg.Film {
		p["title"] = n.Name
	}
	seen := map[string]bool{}
	keys := []string{}
	for _, a := range append([]string{n.Name}, n.Aliases...) {
		if k := kg.Fold(a); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	p["keys"] = keys
	for k, v := range n.Properties {
		if !reservedNodeProps[k] {
			p[k] = v
		}
	}
	return p
}

// edgeProps returns the stored properties of a derived edge: its
// qualifiers, disputed: true when its sources disagree on one, and
// learned: true when every source behind it is the learned classifier's
// (the traversals read it to mark what rests on learned credits only).
func edgeProps(e kg.Edge, disputed, learned bool) map[string]any {
	p := make(map[string]any, len(e.Properties)+2)
	for k, v := range e.Properties {
		p[k] = v
	}
	if disputed {
		p["disputed"] = true
	}
	if learned {
		p["learned"] = true
	}
	return p
}

// refreshEntities recomputes the entities ids inside tx.
func refreshEntities(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	params := map[string]any{"ids": ids}
	info, err := collectRows(ctx, tx, entityInfoCypher, params)
	if err != nil {
		return err
	}
	mrows, err := collectRows(ctx, tx, entityMentionsCypher, params)
	if err != nil {
		return err
	}
	crows, err := collectRows(ctx, tx, entityClaimsCypher, params)
	if err != nil {
		return err
	}
	arows, err := collectRows(ctx, tx, entityAliasCorrectionsCypher, params)
	if err != nil {
		return err
	}
	erows, err := collectRows(ctx, tx, entityEdgesCypher, params)
	if err != nil {
		return err
	}
	type edgeID struct{ from, rel, to string }
	existing := map[edgeID]map[string]any{}
	for _, r := range erows {
		p, _ := r["props"].(map[string]any)
		existing[edgeID{str(r["id"]), str(r["type"]), str(r["to"])}] = p
	}
	mentions := map[string][]mentionRow{}
	for _, r := range mrows {
		id := str(r["id"])
		m := mentionFromProps(str(r["article"]), map[string]any{"ord": r["ord"], "entity": r["entity"], "name": r["name"],
			"aliases": r["aliases"], "propKeys": r["propKeys"], "propValues": r["propValues"]})
		mentions[id] = append(mentions[id], m)
	}
	claims := map[string][]kg.Claim{}
	learnedOnly := map[string][]bool{} // per id, parallel to claims[id]
	for _, r := range crows {
		id := str(r["id"])
		p, _ := r["claim"].(map[string]any)
		claims[id] = append(claims[id], claimFromProps(p, id, str(r["object"])))
		l, _ := r["learned"].(bool)
		learnedOnly[id] = append(learnedOnly[id], l)
	}
	aliases := map[string][]string{}
	for _, r := range arows {
		aliases[str(r["id"])] = append(aliases[str(r["id"])], str(r["alias"]))
	}
	var del, unstale []string
	var nodes, edges, dropEdges []any
	for _, r := range info {
		id := str(r["id"])
		mentioned, _ := r["mentioned"].(bool)
		claimed, _ := r["claimed"].(bool)
		if !mentioned && !claimed {
			del = append(del, id)
			continue
		}
		if len(mentions[id]) == 0 {
			// named by claims only: nothing to assemble it from, keep as is
			unstale = append(unstale, id)
			for ek := range existing {
				if ek.from == id {
					delete(existing, ek)
				}
			}
			continue
		}
		typ := kg.NodeType(str(r["type"]))
		var propClaims []kg.Claim
		type edgeKey struct {
			rel kg.RelType
			to  string
		}
		rel := map[edgeKey][]kg.Claim{}
		stated := map[edgeKey]bool{} // some claim of the edge has a rule's source
		for i, c := range claims[id] {
			if c.IsRelation() {
				k := edgeKey{c.Relation, c.Object}
				rel[k] = append(rel[k], c)
				if !learnedOnly[id][i] {
					stated[k] = true
				}
			} else {
				propClaims = append(propClaims, c)
			}
		}
		n, _ := kg.AssembleNode(entityFacts(id, typ, mentions[id]), propClaims)
		n.Aliases = withAliases(n, aliases[id])
		props := nodeProps(n)
		current, _ := r["props"].(map[string]any)
		delete(current, "stale")
		if sameProps(current, props) {
			unstale = append(unstale, id)
		} else {
			nodes = append(nodes, map[string]any{"id": id, "props": props})
		}
		keys := make([]edgeKey, 0, len(rel))
		for k := range rel {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].rel != keys[j].rel {
				return keys[i].rel < keys[j].rel
			}
			return keys[i].to < keys[j].to
		})
		for _, k := range keys {
			e, conflicts := kg.AssembleEdge(rel[k])
			props := edgeProps(e, len(conflicts) > 0, !stated[k])
			ek := edgeID{id, string(k.rel), k.to}
			if cur, ok := existing[ek]; ok {
				delete(existing, ek)
				if sameProps(cur, props) {
					continue
				}
				dropEdges = append(dropEdges, map[string]any{"from": id, "to": k.to, "type": string(k.rel)})
			}
			edges = append(edges, map[string]any{"from": id, "to": k.to, "type": string(k.rel), "props": props})
		}
	}
	// edges no claim supports any more
	for ek := range existing {
		dropEdges = append(dropEdges, map[string]any{"from": ek.from, "to": ek.to, "type": ek.rel})
	}
	sort.Slice(dropEdges, func(i, j int) bool {
		a, b := dropEdges[i].(map[string]any), dropEdges[j].(map[string]any)
		return a["from"].(string)+"\x00"+a["type"].(string)+"\x00"+a["to"].(string) < b["from"].(string)+"\x00"+b["type"].(string)+"\x00"+b["to"].(string)
	})
	for _, st := range []struct {
		cypher string
		params map[string]any
		n      int
	}{
		{deleteEntitiesCypher, map[string]any{"ids": del}, len(del)},
		{unstaleCypher, map[string]any{"ids": unstale}, len(unstale)},
		{setEntitiesCypher, map[string]any{"rows": nodes}, len(nodes)},
		{deleteDerivedCypher, map[string]any{"rows": dropEdges}, len(dropEdges)},
		{createDerivedCypher, map[string]any{"rows": edges}, len(edges)},
	} {
		if st.n == 0 {
			continue
		}
		if _, err := run(ctx, tx, st.cypher, st.params); err != nil {
			return err
		}
	}
	return nil
}

// sameProps reports whether stored properties (as the driver returns them)
// equal the properties about to be written.
func sameProps(stored, want map[string]any) bool {
	if len(stored) != len(want) {
		return false
	}
	for k, w := range want {
		v, ok := stored[k]
		if !ok {
			return false
		}
		switch w := w.(type) {
		case []string:
			l, ok := v.([]any)
			if !ok || len(l) != len(w) {
				return false
			}
			for i := range w {
				if l[i] != w[i] {
					return false
				}
			}
		default:
			if v != w {
				return false
			}
		}
	}
	return true
}
