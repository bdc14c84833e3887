package neo4jstore

import (
	"context"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Streaming read-back for exports: the graph in pages of entity ids, each
// page assembled exactly as ExportDocument assembles the whole graph (same
// nodes, edges and conflicts), so that exports of 100,000 entities stay in
// bounded memory. Pages use keyset paging on the entity id index.

const (
	streamEntityIDsCypher = `MATCH (e:Entity)
WHERE e.id > $after AND ($type = '' OR $type IN labels(e)) AND EXISTS { (e)<-[:MENTIONS]-(:Article) }
RETURN e.id AS id ORDER BY id LIMIT $limit`
	streamEntityTypesCypher = `UNWIND $ids AS id
MATCH (e:Entity {id: id}) WHERE EXISTS { (e)<-[:MENTIONS]-(:Article) }
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type`
	streamEntityRefsCypher = `UNWIND $ids AS id
MATCH (e:Entity {id: id}) WHERE EXISTS { (e)<-[:MENTIONS]-(:Article) }
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, properties(e) AS p`
	streamMentionsCypher = `UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: id})
RETURN id, a.id AS article, a.date AS date, properties(m) AS m`
	streamPropertyClaimsCypher = `UNWIND $ids AS id
MATCH (c:Claim)-[:SUBJECT]->(:Entity {id: id})
WHERE c.rejected = false AND coalesce(c.relation, '') = ''
MATCH (c)-[v:EVIDENCE]->(a:Article)
RETURN id AS subject, '' AS object, c.id AS claim, properties(c) AS c, a.id AS article, a.date AS date,
  v.sentence AS sentence, v.start AS start, v.end AS end, v.quote AS quote, v.method AS method, v.confidence AS confidence`
	streamClaimsFromCypher = `UNWIND $ids AS id
MATCH (c:Claim)-[:SUBJECT]->(s:Entity {id: id})
WHERE c.rejected = false AND coalesce(c.relation, '') <> ''
MATCH (c)-[:OBJECT]->(o:Entity)
MATCH (c)-[v:EVIDENCE]->(a:Article)
RETURN s.id AS subject, o.id AS object, c.id AS claim, properties(c) AS c, a.id AS article, a.date AS date,
  v.sentence AS sentence, v.start AS start, v.end AS end, v.quote AS quote, v.method AS method, v.confidence AS confidence`
	streamClaimsToCypher = `UNWIND $ids AS id
MATCH (c:Claim)-[:OBJECT]->(o:Entity {id: id})
WHERE c.rejected = false AND coalesce(c.relation, '') <> ''
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[v:EVIDENCE]->(a:Article)
RETURN s.id AS subject, o.id AS object, c.id AS claim, properties(c) AS c, a.id AS article, a.date AS date,
  v.sentence AS sentence, v.start AS start, v.end AS end, v.quote AS quote, v.method AS method, v.confidence AS confidence`
	streamNeighboursCypher = `UNWIND $ids AS id
MATCH (:Entity {id: id})--(m:Entity)
RETURN DISTINCT m.id AS id ORDER BY id`
	streamLinkedFilmsCypher = `UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(f:Film)
WHERE type(r) IN $types
RETURN DISTINCT f.id AS id ORDER BY id`
	streamDisputedSubjectsCypher = `MATCH (s:Entity)-[r]->(:Entity) WHERE r.disputed = true
RETURN DISTINCT s.id AS id ORDER BY id`
	streamListPropertyCypher = `MATCH (e:Entity)
WHERE any(k IN $props WHERE e[k] IS NOT NULL AND valueType(e[k]) STARTS WITH 'LIST')
RETURN e.id AS id ORDER BY id`
	streamArticlesByIDCypher = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.date AS date, a.path AS path, a.url AS url, a.sha256 AS sha256 ORDER BY id`
	streamArticlePageCypher = `MATCH (a:Article) WHERE a.id > $after
RETURN a.id AS id, a.title AS title, a.date AS date, a.path AS path, a.url AS url, a.sha256 AS sha256
ORDER BY id LIMIT $limit`
)

// ExportEntityIDs returns up to limit ids, greater than after and sorted,
// of the entities the articles mention (the interchange document's nodes),
// only those labelled typ when typ is not empty: one keyset page. It
// returns an error wrapping a kg error when Neo4j fails.
func (s *Store) ExportEntityIDs(ctx context.Context, after string, limit int, typ kg.NodeType) ([]string, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, streamEntityIDsCypher, map[string]any{"after": after, "limit": limit, "type": string(typ)})
	})
	if err != nil {
		return nil, err
	}
	return column(out.([]map[string]any), "id"), nil
}

// ExportEntityTypes returns the label of each of ids that is a mentioned
// entity; ids that are not are absent from the map.
func (s *Store) ExportEntityTypes(ctx context.Context, ids []string) (map[string]kg.NodeType, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, streamEntityTypesCypher, map[string]any{"ids": nonNil(ids)})
	})
	if err != nil {
		return nil, err
	}
	m := map[string]kg.NodeType{}
	for _, r := range out.([]map[string]any) {
		m[str(r["id"])] = kg.NodeType(str(r["type"]))
	}
	return m, nil
}

// ExportRefs returns id, label, canonical name and assembled properties
// (as stored on the node) of each of ids that is a mentioned entity; no
// sources. Absent ids are left out.
func (s *Store) ExportRefs(ctx context.Context, ids []string) ([]kg.Node, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, streamEntityRefsCypher, map[string]any{"ids": nonNil(ids)})
	})
	if err != nil {
		return nil, err
	}
	var ns []kg.Node
	for _, r := range out.([]map[string]any) {
		p, _ := r["p"].(map[string]any)
		n := kg.Node{ID: str(r["id"]), Type: kg.NodeType(str(r["type"])), Name: str(p["name"]), Properties: map[string]any{}}
		for k, v := range p {
			if !reservedNodeProps[k] {
				if l, ok := v.([]any); ok {
					v = strList(l)
				}
				n.Properties[k] = v
			}
		}
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].ID < ns[j].ID })
	return ns, nil
}

// ExportNodes assembles the entities ids (those that are mentioned) as the
// interchange document's nodes, sorted by id, with the conflicts among
// their property values: what ExportDocument gives for them. It returns an
// error wrapping a kg error when Neo4j fails.
func (s *Store) ExportNodes(ctx context.Context, ids []string) ([]kg.Node, []kg.Conflict, error) {
	type result struct {
		nodes     []kg.Node
		conflicts []kg.Conflict
	}
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		params := map[string]any{"ids": nonNil(ids)}
		trows, err := collectRows(ctx, tx, streamEntityTypesCypher, params)
		if err != nil {
			return nil, err
		}
		mrows, err := collectRows(ctx, tx, streamMentionsCypher, params)
		if err != nil {
			return nil, err
		}
		crows, err := collectRows(ctx, tx, streamPropertyClaimsCypher, params)
		if err != nil {
			return nil, err
		}
		arows, err := collectRows(ctx, tx, entityAliasCorrectionsCypher, params)
		if err != nil {
			return nil, err
		}
		mentions := map[string][]mentionRow{}
		for _, r := range mrows {
			art := str(r["article"])
			m, _ := r["m"].(map[string]any)
			row := mentionFromProps(art, m)
			row.sources = sourcesOf(art, str(r["date"]), intList(m["sentences"]), intList(m["starts"]), intList(m["ends"]), strList(m["quotes"]))
			mentions[str(r["id"])] = append(mentions[str(r["id"])], row)
		}
		claims := groupClaims(crows)
		aliases := map[string][]string{}
		for _, r := range arows {
			aliases[str(r["id"])] = append(aliases[str(r["id"])], str(r["alias"]))
		}
		var res result
		for _, r := range trows {
			id := str(r["id"])
			n, cs := kg.AssembleNode(entityFacts(id, kg.NodeType(str(r["type"])), mentions[id]), claims[claimGroup{subject: id}])
			if extra := aliases[id]; len(extra) > 0 {
				n.Aliases = withAliases(n, extra)
			}
			res.nodes = append(res.nodes, n)
			res.conflicts = append(res.conflicts, cs...)
		}
		sort.Slice(res.nodes, func(i, j int) bool { return res.nodes[i].ID < res.nodes[j].ID })
		return res, nil
	})
	if err != nil {
		return nil, nil, err
	}
	r := out.(result)
	return r.nodes, r.conflicts, nil
}

// ExportEdges assembles the relationships whose subject is one of ids
// (and, with touching, also those whose object is) from their non-rejected
// claims, sorted by from, type, to, with the conflicts among their
// qualifiers: what ExportDocument gives for them. It returns an error
// wrapping a kg error when Neo4j fails.
func (s *Store) ExportEdges(ctx context.Context, ids []string, touching bool) ([]kg.Edge, []kg.Conflict, error) {
	type result struct {
		edges     []kg.Edge
		conflicts []kg.Conflict
	}
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		params := map[string]any{"ids": nonNil(ids)}
		rows, err := collectRows(ctx, tx, streamClaimsFromCypher, params)
		if err != nil {
			return nil, err
		}
		if touching {
			more, err := collectRows(ctx, tx, streamClaimsToCypher, params)
			if err != nil {
				return nil, err
			}
			from := map[string]bool{}
			for _, id := range ids {
				from[id] = true
			}
			for _, r := range more {
				if !from[str(r["subject"])] { // already read as a subject
					rows = append(rows, r)
				}
			}
		}
		groups := groupClaims(rows)
		keys := make([]claimGroup, 0, len(groups))
		for k := range groups {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			a, b := keys[i], keys[j]
			return kg.EdgeLess(kg.Edge{From: a.subject, Type: a.relation, To: a.object}, kg.Edge{From: b.subject, Type: b.relation, To: b.object})
		})
		var res result
		for _, k := range keys {
			e, cs := kg.AssembleEdge(groups[k])
			res.edges = append(res.edges, e)
			res.conflicts = append(res.conflicts, cs...)
		}
		return res, nil
	})
	if err != nil {
		return nil, nil, err
	}
	r := out.(result)
	return r.edges, r.conflicts, nil
}

// claimGroup keys the claims of one node (relation and object empty) or of
// one edge.
type claimGroup struct {
	subject  string
	relation kg.RelType
	object   string
}

// groupClaims turns evidence rows into one claim per (article, claim) with
// that article's sources, as ReadArticleFacts does, grouped by subject,
// relation and object, each group in article then claim id order.
func groupClaims(rows []map[string]any) map[claimGroup][]kg.Claim {
	type ck struct{ art, claim string }
	claims := map[ck]*kg.Claim{}
	var keys []ck
	for _, r := range rows {
		k := ck{str(r["article"]), str(r["claim"])}
		c := claims[k]
		if c == nil {
			p, _ := r["c"].(map[string]any)
			cl := claimFromProps(p, str(r["subject"]), str(r["object"]))
			c = &cl
			claims[k] = c
			keys = append(keys, k)
		}
		c.Sources = append(c.Sources, kg.Source{Article: k.art, Sentence: toInt(r["sentence"]), Start: toInt(r["start"]),
			End: toInt(r["end"]), Quote: str(r["quote"]), Date: str(r["date"]), Method: str(r["method"]),
			Confidence: toFloat(r["confidence"])})
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].art != keys[j].art {
			return keys[i].art < keys[j].art
		}
		return keys[i].claim < keys[j].claim
	})
	out := map[claimGroup][]kg.Claim{}
	for _, k := range keys {
		c := claims[k]
		c.Sources = kg.SortSources(c.Sources)
		g := claimGroup{subject: c.Subject, relation: c.Relation, object: c.Object}
		out[g] = append(out[g], *c)
	}
	return out
}

// ExportNeighbours returns the sorted ids of the entities with a derived
// relationship to or from one of ids.
func (s *Store) ExportNeighbours(ctx context.Context, ids []string) ([]string, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, streamNeighboursCypher, map[string]any{"ids": nonNil(ids)})
	})
	if err != nil {
		return nil, err
	}
	return column(out.([]map[string]any), "id"), nil
}

// ExportLinkedFilms returns the sorted ids of the films reachable from
// start over relationships of the given types, in either direction, through
// films only (start excluded unless a film links back to it).
func (s *Store) ExportLinkedFilms(ctx context.Context, start string, types []kg.RelType) ([]string, error) {
	ts := make([]string, len(types))
	for i, t := range types {
		ts[i] = string(t)
	}
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		seen := map[string]bool{start: true}
		frontier := []string{start}
		var films []string
		for len(frontier) > 0 {
			rows, err := collectRows(ctx, tx, streamLinkedFilmsCypher, map[string]any{"ids": frontier, "types": ts})
			if err != nil {
				return nil, err
			}
			frontier = nil
			for _, id := range column(rows, "id") {
				if !seen[id] {
					seen[id] = true
					films = append(films, id)
					frontier = append(frontier, id)
				}
			}
		}
		sort.Strings(films)
		return films, nil
	})
	if err != nil {
		return nil, err
	}
	return out.([]string), nil
}

// ExportConflictCandidates returns, sorted, the ids of entities one of
// whose properties props holds a list (a possible property conflict), and
// the ids of entities with a disputed outgoing relationship.
func (s *Store) ExportConflictCandidates(ctx context.Context, props []string) (nodes, subjects []string, err error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		a, err := collectRows(ctx, tx, streamListPropertyCypher, map[string]any{"props": nonNil(props)})
		if err != nil {
			return nil, err
		}
		b, err := collectRows(ctx, tx, streamDisputedSubjectsCypher, nil)
		if err != nil {
			return nil, err
		}
		return [2][]string{column(a, "id"), column(b, "id")}, nil
	})
	if err != nil {
		return nil, nil, err
	}
	r := out.([2][]string)
	return r[0], r[1], nil
}

// ExportArticles returns the articles with the given ids, sorted by id;
// unknown ids are left out.
func (s *Store) ExportArticles(ctx context.Context, ids []string) ([]kg.Article, error) {
	return s.articleRows(ctx, streamArticlesByIDCypher, map[string]any{"ids": nonNil(ids)})
}

// ExportArticlePage returns up to limit articles with ids greater than
// after, sorted by id: one keyset page.
func (s *Store) ExportArticlePage(ctx context.Context, after string, limit int) ([]kg.Article, error) {
	return s.articleRows(ctx, streamArticlePageCypher, map[string]any{"after": after, "limit": limit})
}

func (s *Store) articleRows(ctx context.Context, cypher string, params map[string]any) ([]kg.Article, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, cypher, params)
	})
	if err != nil {
		return nil, err
	}
	var arts []kg.Article
	for _, r := range out.([]map[string]any) {
		arts = append(arts, kg.Article{ID: str(r["id"]), Title: str(r["title"]), Date: str(r["date"]), Path: str(r["path"]),
			URL: str(r["url"]), SHA256: str(r["sha256"])})
	}
	return arts, nil
}

func column(rows []map[string]any, k string) []string {
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, str(r[k]))
	}
	return out
}
