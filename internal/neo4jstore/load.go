package neo4jstore

import (
	"context"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// WriteResult tells what WriteArticles did with each article.
type WriteResult struct {
	Loaded   []string // new articles written
	Replaced []string // articles whose content hash changed: old claims replaced
	// Reextracted are articles stored with the same content hash by
	// another extractor (WriteArticlesBy's extractor differs from the
	// stored one): old claims replaced by the new extractor's.
	Reextracted []string
	Skipped     []string          // articles already stored with the same hash and extractor
	Rejected    []RejectedArticle // articles not written, with the reason
	// Facts is the number of entity facts and claims written; Relationships
	// the number of relationships created (MENTIONS, SUBJECT, OBJECT,
	// EVIDENCE), as counted by Neo4j.
	Facts         int
	Relationships int
}

// RejectedArticle is an article refused before anything of it was written.
type RejectedArticle struct {
	ID     string
	Reason string
}

// Add accumulates o into r.
func (r *WriteResult) Add(o WriteResult) {
	r.Loaded = append(r.Loaded, o.Loaded...)
	r.Replaced = append(r.Replaced, o.Replaced...)
	r.Reextracted = append(r.Reextracted, o.Reextracted...)
	r.Skipped = append(r.Skipped, o.Skipped...)
	r.Rejected = append(r.Rejected, o.Rejected...)
	r.Facts += o.Facts
	r.Relationships += o.Relationships
}

const (
	activeCorrectionsCypher = `MATCH (k:Correction) WHERE k.undone = false AND k.kind IN ['merge', 'reject']
RETURN k.kind AS kind, k.target AS target, k.value AS value, k.reason AS reason ORDER BY k.createdAt, k.id`
	articleHashesCypher = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha256, a.extractor AS extractor`
	// The old contribution of an article: its MENTIONS go (the entities are
	// marked stale for Refresh), its EVIDENCE goes, and claims left without
	// any evidence go with their SUBJECT/OBJECT links. A claim is write-locked
	// before it is found without evidence, so a concurrent transaction adding
	// evidence to it commits first and is seen.
	deleteMentionsCypher = `UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
SET e.stale = true
DELETE m`
	deleteEvidenceCypher = `UNWIND $ids AS id
MATCH (c:Claim)-[v:EVIDENCE]->(:Article {id: id})
DELETE v
WITH DISTINCT c
SET c._lock = true REMOVE c._lock
WITH c
WHERE NOT EXISTS { (c)-[:EVIDENCE]->() }
OPTIONAL MATCH (c)-[:SUBJECT|OBJECT]->(e:Entity)
SET e.stale = true
WITH DISTINCT c
DETACH DELETE c`
	// the batch's distinct entities, created with their type label when
	// new, and marked stale for Refresh
	writeEntitiesCypher = `UNWIND $rows AS r
MERGE (e:Entity {id: r.id})
  ON CREATE SET e:$(r.type)
WITH e
WHERE e.stale IS NULL
SET e.stale = true`
	// each article with its MENTIONS (properties spelled out rather than
	// set from a map, so the planner needs no Eager; null ones are not
	// stored)
	writeArticlesCypher = `UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a.title = r.title, a.date = r.date, a.path = r.path, a.url = r.url, a.sha256 = r.sha256, a.extractor = r.extractor,
  a.loadedAt = r.loadedAt
WITH a, r
UNWIND r.mentions AS m
MATCH (e:Entity {id: m.entity})
CREATE (a)-[:MENTIONS {name: m.name, entity: m.orig, ord: m.ord, aliases: m.aliases, propKeys: m.propKeys,
  propValues: m.propValues, sentences: m.sentences, starts: m.starts, ends: m.ends, quotes: m.quotes}]->(e)`
	// the batch's distinct claims; a new one gets its SUBJECT and OBJECT
	// (an existing one has them already)
	writeClaimsCypher = `UNWIND $rows AS r
MERGE (c:Claim {id: r.id})
  ON CREATE SET c.subject = r.subject0, c.relation = r.relation, c.object = r.object0, c.property = r.property,
    c.value = r.value, c.character = r.character, c.role = r.role, c.job = r.job, c.film = r.film,
    c.precision = r.precision, c.qualKeys = r.qualKeys, c.qualValues = r.qualValues, c.rejected = r.rejected,
    c.rejectReason = r.rejectReason
WITH c, r
WHERE NOT EXISTS { (c)-[:SUBJECT]->() }
MATCH (s:Entity {id: r.subject})
CREATE (c)-[:SUBJECT]->(s)
WITH c, r
WHERE r.object IS NOT NULL
MATCH (o:Entity {id: r.object})
CREATE (c)-[:OBJECT]->(o)`
	// each article's EVIDENCE, one per source sentence of each claim (a
	// learned source's method and confidence too; a rule's row has neither
	// and Neo4j stores no null)
	writeEvidenceCypher = `UNWIND $rows AS r
MATCH (a:Article {id: r.article})
UNWIND r.evidence AS v
MATCH (c:Claim {id: v.claim})
CREATE (c)-[:EVIDENCE {sentence: v.sentence, start: v.start, end: v.end, quote: v.quote, method: v.method,
  confidence: v.confidence}]->(a)`
)

// corrections are the active merge and reject corrections a write applies.
type corrections struct {
	merged   map[string]string // absorbed entity id -> kept entity id
	rejected map[string]string // claim id -> reason
}

// resolve follows merges from id to the entity that absorbed it.
func (c corrections) resolve(id string) string {
	for i := 0; i < 64; i++ { // a cycle cannot be created, but never loop forever
		next, ok := c.merged[id]
		if !ok {
			return id
		}
		id = next
	}
	return id
}

func readCorrections(ctx context.Context, tx neo4j.ManagedTransaction) (corrections, error) {
	c := corrections{merged: map[string]string{}, rejected: map[string]string{}}
	rows, err := collectRows(ctx, tx, activeCorrectionsCypher, nil)
	if err != nil {
		return c, err
	}
	for _, r := range rows {
		switch str(r["kind"]) {
		case kg.CorrectionMerge:
			c.merged[str(r["value"])] = str(r["target"])
		case kg.CorrectionReject:
			c.rejected[str(r["target"])] = str(r["reason"])
		}
	}
	return c, nil
}

// WriteArticles is WriteArticlesBy with no extractor fingerprint (facts
// written by hand, tests).
func (s *Store) WriteArticles(ctx context.Context, arts []kg.ArticleFacts) (WriteResult, error) {
	return s.WriteArticlesBy(ctx, arts, "")
}

// WriteArticlesBy writes the facts of several articles in one transaction,
// so each article's claims are committed atomically (all of the batch or
// nothing), and records on each article the fingerprint of the extractor
// that produced them. An article already stored with the same SHA256 and
// the same extractor is skipped; one stored with another hash (Replaced)
// or by another extractor (Reextracted: an article stored before
// fingerprints has none) has its old contribution replaced. Invalid
// articles are rejected with a one-line reason and nothing of them is
// written. Derived edges and entity properties are brought up to date by
// Refresh, which the caller runs after one or more writes (entities touched
// here are marked stale until then). It returns an error wrapping a kg
// error when Neo4j fails; then nothing of the batch was written.
func (s *Store) WriteArticlesBy(ctx context.Context, arts []kg.ArticleFacts, extractor string) (WriteResult, error) {
	var res WriteResult
	valid := make([]kg.ArticleFacts, 0, len(arts))
	seen := map[string]bool{}
	for _, a := range arts {
		if err := validateArticle(a); err != nil {
			res.Rejected = append(res.Rejected, RejectedArticle{ID: a.Article.ID, Reason: err.Error()})
			continue
		}
		if seen[a.Article.ID] {
			res.Rejected = append(res.Rejected, RejectedArticle{ID: a.Article.ID, Reason: "given twice in one load"})
			continue
		}
		seen[a.Article.ID] = true
		valid = append(valid, a)
	}
	if len(valid) == 0 {
		return res, nil
	}
	now := time.Now().UTC().Truncate(time.Millisecond)
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r := WriteResult{Rejected: res.Rejected}
		corr, err := readCorrections(ctx, tx)
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(valid))
		for i, a := range valid {
			ids[i] = a.Article.ID
		}
		rows, err := collectRows(ctx, tx, articleHashesCypher, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		stored := map[string]StoredArticle{}
		for _, row := range rows {
			stored[str(row["id"])] = StoredArticle{SHA256: str(row["sha256"]), Extractor: str(row["extractor"])}
		}
		var todo []kg.ArticleFacts
		var replaced []string
		for _, a := range valid {
			h, ok := stored[a.Article.ID]
			switch {
			case ok && h.SHA256 == a.Article.SHA256 && h.Extractor == extractor:
				r.Skipped = append(r.Skipped, a.Article.ID)
				continue
			case ok && h.SHA256 == a.Article.SHA256:
				replaced = append(replaced, a.Article.ID)
				r.Reextracted = append(r.Reextracted, a.Article.ID)
			case ok:
				replaced = append(replaced, a.Article.ID)
				r.Replaced = append(r.Replaced, a.Article.ID)
			default:
				r.Loaded = append(r.Loaded, a.Article.ID)
			}
			todo = append(todo, a)
		}
		if len(replaced) > 0 {
			if _, err := run(ctx, tx, deleteMentionsCypher, map[string]any{"ids": replaced}); err != nil {
				return nil, err
			}
			if _, err := run(ctx, tx, deleteEvidenceCypher, map[string]any{"ids": replaced}); err != nil {
				return nil, err
			}
		}
		if len(todo) == 0 {
			return r, nil
		}
		p := buildWriteParams(todo, corr, now, extractor)
		r.Facts = p.facts
		for _, st := range []struct {
			cypher string
			rows   []any
		}{
			{writeEntitiesCypher, p.entities},
			{writeArticlesCypher, p.articles},
			{writeClaimsCypher, p.claims},
			{writeEvidenceCypher, p.evidence},
		} {
			if len(st.rows) == 0 {
				continue
			}
			n, err := run(ctx, tx, st.cypher, map[string]any{"rows": st.rows})
			if err != nil {
				return nil, err
			}
			r.Relationships += n
		}
		return r, nil
	})
	if err != nil {
		return res, err
	}
	return out.(WriteResult), nil
}

// run executes one statement and returns the number of relationships it
// created.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (int, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return 0, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, err
	}
	return sum.Counters().RelationshipsCreated(), nil
}

// writeParams are the UNWIND rows of one batch.
type writeParams struct {
	entities, articles, claims, evidence []any
	facts                                int
}

// buildWriteParams turns articles into the rows of the write statements,
// resolving merged entity ids and marking rejected claims. Empty lists and
// the original entity id (when no merge changed it) are left out of the
// MENTIONS properties to keep the writes small.
func buildWriteParams(arts []kg.ArticleFacts, corr corrections, now time.Time, extractor string) writeParams {
	var p writeParams
	claimSeen := map[string]bool{}
	entSeen := map[string]bool{}
	for _, a := range arts {
		art := a.Article
		var mentions, evidence []any
		count := make(map[string]int, len(a.Entities))
		for _, f := range a.Entities {
			count[f.ID]++
		}
		for i, f := range a.Entities {
			id := corr.resolve(f.ID)
			if !entSeen[id] {
				entSeen[id] = true
				typ := string(f.Type)
				if t := kg.TypeOfID(id); id != f.ID && t.Valid() {
					typ = string(t)
				}
				p.entities = append(p.entities, map[string]any{"id": id, "type": typ})
			}
			props := map[string]any{"entity": id, "name": f.Name}
			if count[f.ID] > 1 { // the order of facts about one entity matters, not otherwise
				props["ord"] = int64(i)
			}
			if id != f.ID {
				props["orig"] = f.ID
			}
			if len(f.Aliases) > 0 {
				props["aliases"] = f.Aliases
			}
			if len(f.Properties) > 0 {
				pk := make([]string, 0, len(f.Properties))
				for k := range f.Properties {
					pk = append(pk, k)
				}
				sort.Strings(pk)
				pv := make([]string, len(pk))
				for j, k := range pk {
					pv[j] = f.Properties[k]
				}
				props["propKeys"], props["propValues"] = pk, pv
			}
			sent, starts, ends, quotes := sourceLists(f.Mentions)
			props["sentences"], props["starts"], props["ends"], props["quotes"] = sent, starts, ends, quotes
			mentions = append(mentions, props)
			p.facts++
		}
		ap := map[string]any{"id": art.ID, "sha256": art.SHA256, "loadedAt": now, "mentions": nonNilAny(mentions)}
		for k, v := range map[string]string{"title": art.Title, "date": art.Date, "path": art.Path, "url": art.URL, "extractor": extractor} {
			if v != "" {
				ap[k] = v
			}
		}
		p.articles = append(p.articles, ap)
		for _, c := range a.Claims {
			cid := ClaimID(c)
			p.facts++
			if !claimSeen[cid] {
				claimSeen[cid] = true
				props := claimProps(cid, c)
				if reason, ok := corr.rejected[cid]; ok {
					props["rejected"], props["rejectReason"] = true, reason
				}
				// the row is the claim's properties, its original subject and
				// object as subject0/object0, and the entities they resolve to
				row := props
				row["subject0"], row["subject"] = c.Subject, corr.resolve(c.Subject)
				if c.IsRelation() {
					row["object0"], row["object"] = c.Object, corr.resolve(c.Object)
				} else {
					delete(row, "object")
				}
				p.claims = append(p.claims, row)
			}
			for _, src := range c.Sources {
				ev := map[string]any{"claim": cid,
					"sentence": int64(src.Sentence), "start": int64(src.Start), "end": int64(src.End), "quote": src.Quote}
				if src.Method != "" {
					ev["method"], ev["confidence"] = src.Method, src.Confidence
				}
				evidence = append(evidence, ev)
			}
		}
		if len(evidence) > 0 {
			p.evidence = append(p.evidence, map[string]any{"article": art.ID, "evidence": evidence})
		}
	}
	return p
}

func nonNilAny(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}

func sourceLists(src []kg.Source) (sent, starts, ends []int64, quotes []string) {
	sent, starts, ends, quotes = make([]int64, len(src)), make([]int64, len(src)), make([]int64, len(src)), make([]string, len(src))
	for i, s := range src {
		sent[i], starts[i], ends[i], quotes[i] = int64(s.Sentence), int64(s.Start), int64(s.End), s.Quote
	}
	return
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
