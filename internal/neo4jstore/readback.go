package neo4jstore

import (
	"context"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
)

const (
	exportArticlesCypher = `MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.date AS date, a.path AS path,
  a.url AS url, a.sha256 AS sha256 ORDER BY id`
	exportMentionsCypher = `MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
RETURN a.id AS article, e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, properties(m) AS m`
	exportEvidenceCypher = `MATCH (c:Claim)-[v:EVIDENCE]->(a:Article)
WHERE c.rejected = false
MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN a.id AS article, c.id AS claim, properties(c) AS c, s.id AS subject, o.id AS object,
  v.sentence AS sentence, v.start AS start, v.end AS end, v.quote AS quote, v.method AS method, v.confidence AS confidence`
	exportAliasCorrectionsCypher = `MATCH (k:Correction {kind: 'alias'}) WHERE k.undone = false
RETURN k.target AS id, k.value AS alias`
)

// ReadArticleFacts reads every loaded article's contribution back from the
// graph as the loaders produced it, with editor corrections applied: merged
// entities under the id that absorbed them, rejected claims left out. The
// articles are sorted by id, entity facts by entity id (an article's facts
// about one entity in their original order), claims by id. It returns the editor aliases per entity id as well, and an error
// wrapping a kg error when Neo4j fails.
func (s *Store) ReadArticleFacts(ctx context.Context) ([]kg.ArticleFacts, map[string][]string, error) {
	type result struct {
		arts    []kg.ArticleFacts
		aliases map[string][]string
	}
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		arows, err := collectRows(ctx, tx, exportArticlesCypher, nil)
		if err != nil {
			return nil, err
		}
		arts := make([]kg.ArticleFacts, len(arows))
		idx := make(map[string]int, len(arows))
		for i, r := range arows {
			a := kg.Article{ID: str(r["id"]), Title: str(r["title"]), Date: str(r["date"]), Path: str(r["path"]),
				URL: str(r["url"]), SHA256: str(r["sha256"])}
			arts[i] = kg.ArticleFacts{Article: a, Entities: []kg.EntityFact{}, Claims: []kg.Claim{}}
			idx[a.ID] = i
		}
		// mentions per entity, so merged facts can be renamed as Refresh does
		type ent struct {
			typ  kg.NodeType
			rows []mentionRow
		}
		ents := map[string]*ent{}
		mres, err := tx.Run(ctx, exportMentionsCypher, nil)
		if err != nil {
			return nil, err
		}
		for mres.Next(ctx) {
			rec := mres.Record().AsMap()
			art, id := str(rec["article"]), str(rec["id"])
			m, _ := rec["m"].(map[string]any)
			row := mentionFromProps(art, m)
			row.sources = sourcesOf(art, arts[idx[art]].Article.Date, intList(m["sentences"]), intList(m["starts"]),
				intList(m["ends"]), strList(m["quotes"]))
			e := ents[id]
			if e == nil {
				e = &ent{typ: kg.NodeType(str(rec["type"]))}
				ents[id] = e
			}
			e.rows = append(e.rows, row)
		}
		if err := mres.Err(); err != nil {
			return nil, err
		}
		ids := make([]string, 0, len(ents))
		for id := range ents {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		type ordered struct {
			ord  int
			fact kg.EntityFact
		}
		perArticle := map[string][]ordered{}
		for _, id := range ids {
			e := ents[id]
			facts := entityFacts(id, e.typ, e.rows) // sorted like e.rows now are
			for i, f := range facts {
				art := e.rows[i].article
				perArticle[art] = append(perArticle[art], ordered{e.rows[i].ord, f})
			}
		}
		for art, fs := range perArticle {
			sort.SliceStable(fs, func(i, j int) bool { return fs[i].ord < fs[j].ord })
			a := &arts[idx[art]]
			for _, f := range fs {
				a.Entities = append(a.Entities, f.fact)
			}
		}
		// claims: one per (article, claim) with that article's evidence
		type ck struct{ art, claim string }
		claims := map[ck]*kg.Claim{}
		var keys []ck
		cres, err := tx.Run(ctx, exportEvidenceCypher, nil)
		if err != nil {
			return nil, err
		}
		for cres.Next(ctx) {
			rec := cres.Record().AsMap()
			k := ck{str(rec["article"]), str(rec["claim"])}
			c := claims[k]
			if c == nil {
				p, _ := rec["c"].(map[string]any)
				cl := claimFromProps(p, str(rec["subject"]), str(rec["object"]))
				c = &cl
				claims[k] = c
				keys = append(keys, k)
			}
			c.Sources = append(c.Sources, kg.Source{Article: k.art, Sentence: toInt(rec["sentence"]), Start: toInt(rec["start"]),
				End: toInt(rec["end"]), Quote: str(rec["quote"]), Date: arts[idx[k.art]].Article.Date,
				Method: str(rec["method"]), Confidence: toFloat(rec["confidence"])})
		}
		if err := cres.Err(); err != nil {
			return nil, err
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].art != keys[j].art {
				return keys[i].art < keys[j].art
			}
			return keys[i].claim < keys[j].claim
		})
		for _, k := range keys {
			c := claims[k]
			c.Sources = kg.SortSources(c.Sources)
			a := &arts[idx[k.art]]
			a.Claims = append(a.Claims, *c)
		}
		crow, err := collectRows(ctx, tx, exportAliasCorrectionsCypher, nil)
		if err != nil {
			return nil, err
		}
		aliases := map[string][]string{}
		for _, r := range crow {
			aliases[str(r["id"])] = append(aliases[str(r["id"])], str(r["alias"]))
		}
		return result{arts, aliases}, nil
	})
	if err != nil {
		return nil, nil, err
	}
	r := out.(result)
	return r.arts, r.aliases, nil
}

// ExportDocument reads the whole graph back as the interchange document of
// the spec (nodes sorted by id, edges by from/type/to, conflicts by
// subject): the same document kg.BuildDocument makes from the loaded
// articles' facts, with editor corrections applied (aliases added, merged
// entities folded into the kept one, rejected claims left out). It returns
// an error wrapping a kg error when Neo4j fails.
func (s *Store) ExportDocument(ctx context.Context) (*kg.Document, error) {
	arts, aliases, err := s.ReadArticleFacts(ctx)
	if err != nil {
		return nil, err
	}
	doc := kg.BuildDocument(arts)
	for i := range doc.Nodes {
		if extra := aliases[doc.Nodes[i].ID]; len(extra) > 0 {
			doc.Nodes[i].Aliases = withAliases(doc.Nodes[i], extra)
		}
	}
	return doc, nil
}

func sourcesOf(article, date string, sent, starts, ends []int, quotes []string) []kg.Source {
	out := make([]kg.Source, len(sent))
	for i := range sent {
		s := kg.Source{Article: article, Sentence: sent[i], Date: date}
		if i < len(starts) {
			s.Start = starts[i]
		}
		if i < len(ends) {
			s.End = ends[i]
		}
		if i < len(quotes) {
			s.Quote = quotes[i]
		}
		out[i] = s
	}
	return out
}

func toInt(v any) int { n, _ := v.(int64); return int(n) }

// toFloat is a float property's value, 0 when it is null.
func toFloat(v any) float64 { f, _ := v.(float64); return f }

const knownEntitiesCypher = `MATCH (e:Entity) WHERE e.name IS NOT NULL
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name, e.aliases AS aliases
ORDER BY id`

// KnownEntities returns every stored entity with its id, type, canonical
// name and aliases (editor aliases included), sorted by id, so that the
// extraction of new articles resolves names to the entities already loaded.
// Properties and sources are left empty. It returns an error wrapping a kg
// error when Neo4j fails.
func (s *Store) KnownEntities(ctx context.Context) ([]kg.Node, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, knownEntitiesCypher, nil)
	})
	if err != nil {
		return nil, err
	}
	rows := out.([]map[string]any)
	ns := make([]kg.Node, 0, len(rows))
	for _, r := range rows {
		ns = append(ns, kg.Node{ID: str(r["id"]), Type: kg.NodeType(str(r["type"])), Name: str(r["name"]),
			Aliases: strList(r["aliases"])})
	}
	return ns, nil
}
