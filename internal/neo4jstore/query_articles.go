package neo4jstore

import (
	"context"
	"fmt"
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

const (
	qryArticlesCypher = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a`
	qryListArticlesCypher = `MATCH (a:Article)
WHERE $after IS NULL OR a.id > $after
RETURN a ORDER BY a.id LIMIT $limit`
	qryCountArticlesCypher = `MATCH (a:Article) RETURN count(a) AS n`
	qryArticleClaimsCypher = `UNWIND $ids AS id
MATCH (a:Article {id: id})<-[e:EVIDENCE]-(c:Claim)
WHERE c.rejected IS NULL OR c.rejected = false
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN id, c, s.id AS subject, o.id AS object, collect(` + qryEvidenceProjection + `) AS ev`
	qryArticleMentionsCypher = `UNWIND $ids AS id
MATCH (a:Article {id: id})-[:MENTIONS]->(n:Entity)
RETURN id, n ORDER BY n.id`
)

// Articles returns the articles with the given ids.
func (s *Store) Articles(ctx context.Context, ids []string) (map[string]readmodel.Article, error) {
	out := map[string]readmodel.Article{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryArticlesCypher, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if a, ok := qryArticle(qryGet(r, "a")); ok {
			out[a.ID] = a
		}
	}
	return out, nil
}

// ListArticles returns the articles after the id after ("" = from the
// start), by id, at most first (capped at 1000).
func (s *Store) ListArticles(ctx context.Context, after string, first int) (readmodel.ArticlePage, error) {
	if first < 0 || first > 1000 {
		return readmodel.ArticlePage{}, fmt.Errorf("first=%d: must be between 0 and 1000: %w", first, kg.ErrInvalidInput)
	}
	var a any
	if after != "" {
		a = after
	}
	recs, err := s.qryRead(ctx, qryListArticlesCypher, map[string]any{"after": a, "limit": first + 1})
	if err != nil {
		return readmodel.ArticlePage{}, err
	}
	var page readmodel.ArticlePage
	for _, r := range recs {
		if a, ok := qryArticle(qryGet(r, "a")); ok {
			page.Articles = append(page.Articles, a)
		}
	}
	if len(page.Articles) > first {
		page.Articles, page.HasNext = page.Articles[:first], true
	}
	return page, nil
}

// CountArticles counts the articles (from Neo4j's count store).
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	recs, err := s.qryRead(ctx, qryCountArticlesCypher, nil)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return qryInt(qryGet(recs[0], "n")), nil
}

// ArticleClaims returns, per article id, the non-rejected claims it
// supports, each with that article's evidence only, sorted by subject,
// relation, object, property, value.
func (s *Store) ArticleClaims(ctx context.Context, ids []string) (map[string][]readmodel.Claim, error) {
	out := map[string][]readmodel.Claim{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryArticleClaimsCypher, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		id := qryStr(qryGet(r, "id"))
		if c, ok := qryClaim(qryGet(r, "c"), qryStr(qryGet(r, "subject")), qryStr(qryGet(r, "object")), qryGet(r, "ev")); ok {
			out[id] = append(out[id], c)
		}
	}
	for _, cs := range out {
		sort.Slice(cs, func(i, j int) bool {
			a, b := cs[i], cs[j]
			switch {
			case a.Subject != b.Subject:
				return a.Subject < b.Subject
			case a.Relation != b.Relation:
				return a.Relation < b.Relation
			case a.Object != b.Object:
				return a.Object < b.Object
			case a.Property != b.Property:
				return a.Property < b.Property
			case a.Value != b.Value:
				return a.Value < b.Value
			}
			return a.ID < b.ID
		})
	}
	return out, nil
}

// ArticleMentions returns, per article id, the entities it mentions, by id.
func (s *Store) ArticleMentions(ctx context.Context, ids []string) (map[string][]readmodel.Entity, error) {
	out := map[string][]readmodel.Entity{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryArticleMentionsCypher, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if e, ok := qryEntity(qryGet(r, "n")); ok {
			id := qryStr(qryGet(r, "id"))
			out[id] = append(out[id], e)
		}
	}
	return out, nil
}

// qryStatsCypher counts with single-label and single-type patterns only, so
// every count comes from Neo4j's count store.
const qryStatsCypher = `RETURN
  COUNT { (:Person) } AS Person, COUNT { (:Character) } AS Character, COUNT { (:Film) } AS Film,
  COUNT { (:Organisation) } AS Organisation, COUNT { (:Franchise) } AS Franchise,
  COUNT { (:Article) } AS Article, COUNT { (:Claim) } AS Claim, COUNT { (:Correction) } AS Correction,
  COUNT { ()-[:ACTED_IN]->() } AS ACTED_IN, COUNT { ()-[:PORTRAYED]->() } AS PORTRAYED,
  COUNT { ()-[:APPEARS_IN]->() } AS APPEARS_IN, COUNT { ()-[:DIRECTED]->() } AS DIRECTED,
  COUNT { ()-[:WROTE]->() } AS WROTE, COUNT { ()-[:PRODUCED]->() } AS PRODUCED,
  COUNT { ()-[:DISTRIBUTED]->() } AS DISTRIBUTED, COUNT { ()-[:WORKED_ON]->() } AS WORKED_ON,
  COUNT { ()-[:MEMBER_OF]->() } AS MEMBER_OF, COUNT { ()-[:PART_OF]->() } AS PART_OF,
  COUNT { ()-[:SPIN_OFF_OF]->() } AS SPIN_OFF_OF, COUNT { ()-[:SEQUEL_OF]->() } AS SEQUEL_OF,
  COUNT { ()-[:PREQUEL_OF]->() } AS PREQUEL_OF, COUNT { ()-[:MENTIONS]->() } AS MENTIONS,
  COUNT { ()-[:SUBJECT]->() } AS SUBJECT, COUNT { ()-[:OBJECT]->() } AS OBJECT,
  COUNT { ()-[:EVIDENCE]->() } AS EVIDENCE,
  COLLECT { MATCH (a:Article) WHERE a.loadedAt IS NOT NULL RETURN a.loadedAt ORDER BY a.loadedAt DESC LIMIT 1 } AS lastLoadedAt`

var (
	qryStatsLabels = []string{"Person", "Character", "Film", "Organisation", "Franchise", "Article", "Claim", "Correction"}
	qryStatsTypes  = []string{"ACTED_IN", "PORTRAYED", "APPEARS_IN", "DIRECTED", "WROTE", "PRODUCED", "DISTRIBUTED",
		"WORKED_ON", "MEMBER_OF", "PART_OF", "SPIN_OFF_OF", "SEQUEL_OF", "PREQUEL_OF", "MENTIONS", "SUBJECT", "OBJECT", "EVIDENCE"}
)

// Stats counts nodes per label and relationships per type (from the count
// store) and returns the newest article load time.
func (s *Store) Stats(ctx context.Context) (readmodel.Stats, error) {
	st := readmodel.Stats{Nodes: map[string]int{}, Relationships: map[string]int{}}
	recs, err := s.qryRead(ctx, qryStatsCypher, nil)
	if err != nil || len(recs) == 0 {
		return st, err
	}
	r := recs[0]
	for _, l := range qryStatsLabels {
		st.Nodes[l] = qryInt(qryGet(r, l))
	}
	for _, t := range qryStatsTypes {
		st.Relationships[t] = qryInt(qryGet(r, t))
	}
	st.Articles, st.Claims = st.Nodes["Article"], st.Nodes["Claim"]
	if l, _ := qryGet(r, "lastLoadedAt").([]any); len(l) > 0 {
		st.LastLoadedAt = qryStr(l[0])
	}
	return st, nil
}
