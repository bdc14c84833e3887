package neo4jstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// Relations are read from the claims (not the derived edges) so that every
// qualifier value keeps its own sources; rejected claims are left out.
const (
	qryRelationsOutCypher = `UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity)
WHERE c.rejected IS NULL OR c.rejected = false
OPTIONAL MATCH (q:Entity {id: c.film})
RETURN id, n, c, o, q, [(c)-[e:EVIDENCE]->(a:Article) | ` + qryEvidenceProjection + `] AS ev`
	qryRelationsInCypher = `UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(o:Entity)
WHERE c.rejected IS NULL OR c.rejected = false
OPTIONAL MATCH (q:Entity {id: c.film})
RETURN id, n, c, o, q, [(c)-[e:EVIDENCE]->(a:Article) | ` + qryEvidenceProjection + `] AS ev`
)

// Relations returns, per entity id, the relations in which it is the
// subject (readmodel.Out) or the object (readmodel.In), grouped per (type,
// other entity) with their non-rejected claims, sorted by type, then the
// other end's name and id.
func (s *Store) Relations(ctx context.Context, ids []string, dir readmodel.Direction) (map[string][]readmodel.Relation, error) {
	out := map[string][]readmodel.Relation{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	cy := qryRelationsOutCypher
	if dir == readmodel.In {
		cy = qryRelationsInCypher
	}
	recs, err := s.qryRead(ctx, cy, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	memo := qryEntityMemo{}
	ents, err := s.qryEntitiesOf(recs, memo)
	if err != nil {
		return nil, err
	}
	type key struct {
		id, other string
		t         kg.RelType
	}
	idx := make(map[key]int, len(recs))
	// at most one relation per row: size each id's list once instead of
	// growing a slice of large structs row by row
	rows := make(map[string]int, len(ids))
	for _, r := range recs {
		rows[qryStr(qryGet(r, "id"))]++
	}
	for id, n := range rows {
		out[id] = make([]readmodel.Relation, 0, n)
	}
	for _, r := range recs {
		id := qryStr(qryGet(r, "id"))
		other, ok := memo.entity(qryGet(r, "o"))
		if !ok {
			continue
		}
		self := ents[id]
		var c readmodel.Claim
		if dir == readmodel.Out {
			c, ok = qryClaim(qryGet(r, "c"), id, other.ID, qryGet(r, "ev"))
		} else {
			c, ok = qryClaim(qryGet(r, "c"), other.ID, id, qryGet(r, "ev"))
		}
		if !ok {
			continue
		}
		k := key{id, other.ID, c.Relation}
		i, seen := idx[k]
		if !seen {
			rel := readmodel.Relation{Type: c.Relation, From: self, To: other}
			if dir == readmodel.In {
				rel.From, rel.To = other, self
			}
			i = len(out[id])
			idx[k] = i
			out[id] = append(out[id], rel)
		}
		rel := &out[id][i]
		rel.Claims = append(rel.Claims, c)
		if q, ok := memo.entity(qryGet(r, "q")); ok {
			if rel.QualifierEntities == nil {
				rel.QualifierEntities = map[string]readmodel.Entity{}
			}
			rel.QualifierEntities[q.ID] = q
		}
	}
	for id, rels := range out {
		if len(rels) == 0 {
			delete(out, id) // every row of id was skipped: absent, as before sizing
			continue
		}
		for i := range rels {
			if len(rels[i].Claims) > 1 {
				slices.SortFunc(rels[i].Claims, func(a, b readmodel.Claim) int { return cmp.Compare(a.ID, b.ID) })
			}
		}
		rels = qrySortRelations(rels, dir)
		out[id] = rels
	}
	return out, nil
}

// qrySortRelations sorts rels by type, then the other end's name and id
// (stably), through a permutation of their indices: a relation is large
// to swap.
func qrySortRelations(rels []readmodel.Relation, dir readmodel.Direction) []readmodel.Relation {
	other := func(i int32) *readmodel.Entity {
		if dir == readmodel.In {
			return &rels[i].From
		}
		return &rels[i].To
	}
	order := make([]int32, len(rels))
	sorted := true
	for i := range order {
		order[i] = int32(i)
	}
	byKey := func(a, b int32) int {
		if c := cmp.Compare(rels[a].Type, rels[b].Type); c != 0 {
			return c
		}
		oa, ob := other(a), other(b)
		if c := cmp.Compare(oa.Name, ob.Name); c != 0 {
			return c
		}
		return cmp.Compare(oa.ID, ob.ID)
	}
	for i := 1; i < len(order) && sorted; i++ {
		sorted = byKey(order[i-1], order[i]) <= 0
	}
	if sorted {
		return rels
	}
	slices.SortStableFunc(order, byKey)
	out := make([]readmodel.Relation, len(rels))
	for i, j := range order {
		out[i] = rels[j]
	}
	return out
}

// qryEntitiesOf returns the asked entities of relation rows: rows only
// carry the other end, so the asked ends are decoded from "n" when present
// (once each, through memo).
func (s *Store) qryEntitiesOf(recs []*neoRecord, memo qryEntityMemo) (map[string]readmodel.Entity, error) {
	out := map[string]readmodel.Entity{}
	for _, r := range recs {
		if e, ok := memo.entity(qryGet(r, "n")); ok {
			out[e.ID] = e
		}
	}
	return out, nil
}

func qryDedup(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

const qryMentionsCypher = `UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[m:MENTIONS]-(a:Article)
RETURN id, m.sentences AS sentences, m.starts AS starts, m.ends AS ends, m.quotes AS quotes,
  a.id AS article, a.title AS title, a.date AS date, a.path AS path, a.url AS url`

// MentionSources returns, per entity id, its mentions in articles (the
// node's sources), sorted.
func (s *Store) MentionSources(ctx context.Context, ids []string) (map[string][]readmodel.Source, error) {
	out := map[string][]readmodel.Source{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryMentionsCypher, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		id := qryStr(qryGet(r, "id"))
		sent, starts, ends, quotes := qryInts(qryGet(r, "sentences")), qryInts(qryGet(r, "starts")), qryInts(qryGet(r, "ends")), qryStrs(qryGet(r, "quotes"))
		for i := range sent {
			src := readmodel.Source{Source: kg.Source{Article: qryStr(qryGet(r, "article")), Sentence: sent[i], Date: qryStr(qryGet(r, "date"))},
				ArticleTitle: qryStr(qryGet(r, "title")), ArticlePath: qryStr(qryGet(r, "path")), ArticleURL: qryStr(qryGet(r, "url"))}
			if i < len(starts) {
				src.Start = starts[i]
			}
			if i < len(ends) {
				src.End = ends[i]
			}
			if i < len(quotes) {
				src.Quote = quotes[i]
			}
			out[id] = append(out[id], src)
		}
	}
	for id := range out {
		qrySortSources(out[id])
	}
	return out, nil
}

const qryPropertyClaimsCypher = `UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[:SUBJECT]-(c:Claim)
WHERE c.property IS NOT NULL AND c.property <> '' AND (c.rejected IS NULL OR c.rejected = false)
RETURN id, c, [(c)-[e:EVIDENCE]->(a:Article) | ` + qryEvidenceProjection + `] AS ev`

// PropertyClaims returns, per entity id, its non-rejected property claims
// (release dates, box office, ...) with sources, sorted by property, value.
func (s *Store) PropertyClaims(ctx context.Context, ids []string) (map[string][]readmodel.Claim, error) {
	out := map[string][]readmodel.Claim{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryPropertyClaimsCypher, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		id := qryStr(qryGet(r, "id"))
		if c, ok := qryClaim(qryGet(r, "c"), id, "", qryGet(r, "ev")); ok {
			out[id] = append(out[id], c)
		}
	}
	for id, cs := range out {
		slices.SortFunc(cs, func(a, b readmodel.Claim) int {
			if c := cmp.Compare(a.Property, b.Property); c != 0 {
				return c
			}
			if c := cmp.Compare(a.Value, b.Value); c != 0 {
				return c
			}
			return cmp.Compare(a.ID, b.ID)
		})
		out[id] = cs
	}
	return out, nil
}

// A shared film is a learned link when either ACTED_IN is learned (the
// derived edge's learned property: every source behind it is learned);
// $stated leaves those films out.
const qryCoStarsCypher = `UNWIND $ids AS id
MATCH (p:Person {id: id})-[r1:ACTED_IN]->(f:Entity)<-[r2:ACTED_IN]-(o:Person)
WHERE o <> p
WITH id, o, f, coalesce(r1.learned, false) OR coalesce(r2.learned, false) AS learned
WHERE NOT ($stated AND learned)
WITH id, o, collect(DISTINCT f) AS films, collect(DISTINCT CASE WHEN learned THEN f END) AS learnedFilms
ORDER BY size(films) DESC, o.name, o.id
WITH id, collect({person: o, films: films, learnedFilms: learnedFilms})[..$first] AS costars
RETURN id, costars`

// CoStars returns, per person id, the people who acted in a same film,
// most shared films first (then by name), at most first each; the shared
// films are sorted by name. A film where either credit is learned only is
// among the co-star's LearnedFilms (Learned when all are); with stated,
// such films do not count (nor co-stars who share no other).
func (s *Store) CoStars(ctx context.Context, ids []string, first int, stated bool) (map[string][]readmodel.CoStar, error) {
	out := map[string][]readmodel.CoStar{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryCoStarsCypher, map[string]any{"ids": qryDedup(ids), "first": first, "stated": stated})
	if err != nil {
		return nil, err
	}
	memo := qryEntityMemo{}
	for _, r := range recs {
		id := qryStr(qryGet(r, "id"))
		l, _ := qryGet(r, "costars").([]any)
		for _, x := range l {
			m, _ := x.(map[string]any)
			p, ok := memo.entity(m["person"])
			if !ok {
				continue
			}
			films, lf := memo.entities(m["films"]), memo.entities(m["learnedFilms"])
			qrySortEntities(films)
			qrySortEntities(lf)
			out[id] = append(out[id], readmodel.CoStar{Person: p, Films: films, LearnedFilms: lf,
				Learned: len(films) > 0 && len(lf) == len(films)})
		}
	}
	return out, nil
}

// Each link of a character to the film says whether it is learned only:
// an APPEARS_IN edge by its learned property, a PORTRAYED claim naming the
// film when none of its evidence is a rule's.
const qryFilmCharactersCypher = `UNWIND $ids AS id
MATCH (f:Film {id: id})
CALL (f) {
  MATCH (c:Character)-[r:APPEARS_IN]->(f) RETURN c, coalesce(r.learned, false) AS learned
  UNION
  MATCH (k:Claim {film: f.id})-[:OBJECT]->(c:Character)
  WHERE k.relation = 'PORTRAYED' AND (k.rejected IS NULL OR k.rejected = false)
  RETURN c, NOT EXISTS { (k)-[e:EVIDENCE]->() WHERE e.method IS NULL OR e.method <> 'learned' } AS learned
}
WITH id, c, collect(learned) AS links
RETURN id, collect({c: c, learned: all(l IN links WHERE l)}) AS characters`

// FilmCharacters returns, per film id, the characters that appear in it or
// are portrayed in it, sorted by name; Learned when every link of the
// character to the film is learned only (no rule states that it is in the
// film).
func (s *Store) FilmCharacters(ctx context.Context, ids []string) (map[string][]readmodel.LinkedEntity, error) {
	out := map[string][]readmodel.LinkedEntity{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryFilmCharactersCypher, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		l, _ := qryGet(r, "characters").([]any)
		es := make([]readmodel.LinkedEntity, 0, len(l))
		for _, x := range l {
			m, _ := x.(map[string]any)
			if e, ok := qryEntity(m["c"]); ok {
				learned, _ := m["learned"].(bool)
				es = append(es, readmodel.LinkedEntity{Entity: e, Learned: learned})
			}
		}
		slices.SortStableFunc(es, func(a, b readmodel.LinkedEntity) int {
			return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
		})
		out[qryStr(qryGet(r, "id"))] = es
	}
	return out, nil
}

const qrySharedCastCypher = `MATCH (f:Film) WHERE f.id IN $ids
WITH collect(f) AS films
WHERE size(films) = $n
UNWIND films AS f
MATCH (p:Person)-[r:ACTED_IN]->(f)
WITH p, count(DISTINCT f) AS k, collect(coalesce(r.learned, false)) AS links
WHERE k = $n
RETURN p, any(l IN links WHERE l) AS learned ORDER BY p.name, p.id`

// SharedCast returns the people who acted in every film of filmIDs, by
// name; Learned when the person's credit in one of the films is learned
// only (no rule states that they are in all of them). It returns
// kg.ErrNotFound when a film id does not exist.
func (s *Store) SharedCast(ctx context.Context, filmIDs []string) ([]readmodel.LinkedEntity, error) {
	ids := qryDedup(filmIDs)
	if len(ids) == 0 {
		return nil, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qrySharedCastCypher, map[string]any{"ids": ids, "n": len(ids)})
	if err != nil {
		return nil, err
	}
	out := make([]readmodel.LinkedEntity, 0, len(recs))
	for _, r := range recs {
		if e, ok := qryEntity(qryGet(r, "p")); ok {
			learned, _ := qryGet(r, "learned").(bool)
			out = append(out, readmodel.LinkedEntity{Entity: e, Learned: learned})
		}
	}
	return out, nil
}

const qryClaimsCypher = `UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN c, s.id AS subject, o.id AS object, [(c)-[e:EVIDENCE]->(a:Article) | ` + qryEvidenceProjection + `] AS ev`

// Claims returns the claims with the given ids, rejected ones included.
func (s *Store) Claims(ctx context.Context, ids []string) (map[string]readmodel.Claim, error) {
	out := map[string]readmodel.Claim{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryClaimsCypher, map[string]any{"ids": qryDedup(ids)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if c, ok := qryClaim(qryGet(r, "c"), qryStr(qryGet(r, "subject")), qryStr(qryGet(r, "object")), qryGet(r, "ev")); ok {
			out[c.ID] = c
		}
	}
	return out, nil
}
