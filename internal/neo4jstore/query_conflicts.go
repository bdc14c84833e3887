package neo4jstore

import (
	"context"
	"fmt"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// qryConflictCandidatesCypher groups the non-rejected claims that can
// disagree (ACTED_IN characters; releaseDate, format, world values) per
// subject, relation, object and property, keeps groups of two or more
// claims after the cursor key, and returns one row per claim. Go decides
// with kg's assembly rules whether a group really is a conflict (two dates
// of which one refines the other are not).
const qryConflictCandidatesCypher = `MATCH (c:Claim)
WHERE (c.rejected IS NULL OR c.rejected = false)
  AND ((c.relation = 'ACTED_IN' AND c.character IS NOT NULL) OR c.property IN ['releaseDate', 'format', 'world'])
MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH c, s, o, s.id + ' ' + coalesce(c.relation, '') + ' ' + coalesce(o.id, '') + ' ' + coalesce(c.property, 'character') AS key
WHERE key > $after
WITH key, s, o, collect(c) AS cs
WHERE size(cs) > 1
ORDER BY key
LIMIT $limit
UNWIND cs AS c
RETURN key, s, o, c, [(c)-[e:EVIDENCE]->(a:Article) | ` + qryEvidenceProjection + `] AS ev`

// qryConflictBatch is how many candidate groups one statement reads.
const qryConflictBatch = 200

// Conflicts returns the conflicts after the cursor after ("" = from the
// start), ordered by subject, relation, object and property, at most first
// (capped at 1000). Each conflict carries its cursor. It reads candidate
// groups in batches (one statement each) until the page is full.
func (s *Store) Conflicts(ctx context.Context, after string, first int) (readmodel.ConflictPage, error) {
	if first < 0 || first > 1000 {
		return readmodel.ConflictPage{}, fmt.Errorf("first=%d: must be between 0 and 1000: %w", first, kg.ErrInvalidInput)
	}
	var page readmodel.ConflictPage
	for {
		cs, last, more, err := s.qryConflictBatch(ctx, after)
		if err != nil {
			return page, err
		}
		for _, c := range cs {
			if len(page.Conflicts) == first {
				page.HasNext = true
				return page, nil
			}
			page.Conflicts = append(page.Conflicts, c)
		}
		if !more {
			return page, nil
		}
		after = last
	}
}

// CountConflicts counts every conflict (it reads every candidate group).
func (s *Store) CountConflicts(ctx context.Context) (int, error) {
	n, after := 0, ""
	for {
		cs, last, more, err := s.qryConflictBatch(ctx, after)
		if err != nil {
			return 0, err
		}
		n += len(cs)
		if !more {
			return n, nil
		}
		after = last
	}
}

// qryConflictBatch reads one batch of candidate groups after the key and
// returns the real conflicts among them, the last key read and whether
// more groups may follow.
func (s *Store) qryConflictBatch(ctx context.Context, after string) ([]readmodel.Conflict, string, bool, error) {
	recs, err := s.qryRead(ctx, qryConflictCandidatesCypher, map[string]any{"after": after, "limit": qryConflictBatch})
	if err != nil {
		return nil, "", false, err
	}
	type group struct {
		key     string
		subject readmodel.Entity
		claims  []readmodel.Claim
	}
	var groups []*group
	byKey := map[string]*group{}
	for _, r := range recs {
		key := qryStr(qryGet(r, "key"))
		g := byKey[key]
		if g == nil {
			sub, _ := qryEntity(qryGet(r, "s"))
			g = &group{key: key, subject: sub}
			byKey[key] = g
			groups = append(groups, g)
		}
		obj, _ := qryEntity(qryGet(r, "o"))
		if c, ok := qryClaim(qryGet(r, "c"), g.subject.ID, obj.ID, qryGet(r, "ev")); ok {
			g.claims = append(g.claims, c)
		}
	}
	var out []readmodel.Conflict
	last := after
	for _, g := range groups {
		last = g.key
		for _, c := range qryGroupConflicts(g.subject, g.claims) {
			c.Cursor = g.key
			out = append(out, c)
		}
	}
	return out, last, len(groups) == qryConflictBatch, nil
}

// qryGroupConflicts applies kg's assembly to one group of claims sharing
// subject, relation, object and property, and returns its conflicts with
// the sources' article details kept.
func qryGroupConflicts(subject readmodel.Entity, claims []readmodel.Claim) []readmodel.Conflict {
	if len(claims) == 0 {
		return nil
	}
	details := map[kg.Source]readmodel.Source{}
	kcs := make([]kg.Claim, len(claims))
	for i, c := range claims {
		kcs[i] = c.KG()
		for _, s := range c.Sources {
			details[s.Source] = s
		}
	}
	var kconf []kg.Conflict
	if claims[0].Relation != "" {
		_, kconf = kg.AssembleEdge(kcs)
	} else {
		fact := kg.EntityFact{ID: subject.ID, Type: subject.Type, Name: subject.Name}
		_, kconf = kg.AssembleNode([]kg.EntityFact{fact}, kcs)
	}
	out := make([]readmodel.Conflict, 0, len(kconf))
	for _, kc := range kconf {
		c := readmodel.Conflict{Subject: kc.Subject, Relation: kc.Relation, Object: kc.Object, Property: kc.Property}
		for _, v := range kc.Values {
			cv := readmodel.ConflictValue{Value: v.Value, AsOf: v.AsOf}
			for _, s := range v.Sources {
				cv.Sources = append(cv.Sources, details[s])
			}
			c.Values = append(c.Values, cv)
		}
		out = append(out, c)
	}
	return out
}
