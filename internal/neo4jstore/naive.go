package neo4jstore

import (
	"time"

	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// The naive loader is the benchmark's baseline: the same graph written the
// obvious way, one MERGE statement per fact (per entity mention, per claim,
// per source), one transaction per article, with the derived edge merged
// claim by claim.
const (
	naiveArticleCypher = `MERGE (a:Article {id: $id}) SET a = $props`
	naiveMentionCypher = `MATCH (a:Article {id: $article})
MERGE (e:Entity {id: $entity}) ON CREATE SET e:$($type)
SET e.name = $name
MERGE (a)-[m:MENTIONS]->(e)
SET m = $props`
	naiveClaimCypher = `MERGE (c:Claim {id: $id}) ON CREATE SET c = $props
WITH c
MATCH (s:Entity {id: $subject})
MERGE (c)-[:SUBJECT]->(s)`
	naiveObjectCypher = `MATCH (c:Claim {id: $id})
MATCH (s:Entity {id: $subject})
MATCH (o:Entity {id: $object})
MERGE (c)-[:OBJECT]->(o)
MERGE (s)-[:$($relation)]->(o)`
	naiveEvidenceCypher = `MATCH (c:Claim {id: $claim})
MATCH (a:Article {id: $article})
MERGE (c)-[v:EVIDENCE {sentence: $sentence, start: $start, end: $end}]->(a)
SET v.quote = $quote, v.method = $method, v.confidence = $confidence`
)

// WriteArticlesNaive writes arts one transaction per article and one MERGE
// statement per fact. It exists only as the baseline the load benchmark
// compares WriteArticles against; it does not skip, replace or refresh. It
// returns the number of relationships created, or the first error.
func (s *Store) WriteArticlesNaive(ctx context.Context, arts []kg.ArticleFacts) (int, error) {
	total := 0
	for _, a := range arts {
		a := a
		n, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			n := 0
			exec := func(cypher string, params map[string]any) error {
				c, err := run(ctx, tx, cypher, params)
				n += c
				return err
			}
			art := a.Article
			if err := exec(naiveArticleCypher, map[string]any{"id": art.ID, "props": map[string]any{"id": art.ID, "title": art.Title,
				"date": art.Date, "path": art.Path, "url": art.URL, "sha256": art.SHA256, "loadedAt": timeZero}}); err != nil {
				return nil, err
			}
			for _, f := range a.Entities {
				sent, starts, ends, quotes := sourceLists(f.Mentions)
				props := map[string]any{"name": f.Name, "sentences": sent, "starts": starts, "ends": ends, "quotes": quotes}
				if len(f.Aliases) > 0 {
					props["aliases"] = f.Aliases
				}
				if err := exec(naiveMentionCypher, map[string]any{"article": art.ID, "entity": f.ID, "type": string(f.Type),
					"name": f.Name, "props": props}); err != nil {
					return nil, err
				}
			}
			for _, c := range a.Claims {
				id := ClaimID(c)
				if err := exec(naiveClaimCypher, map[string]any{"id": id, "subject": c.Subject, "props": claimProps(id, c)}); err != nil {
					return nil, err
				}
				if c.IsRelation() {
					if err := exec(naiveObjectCypher, map[string]any{"id": id, "subject": c.Subject, "object": c.Object,
						"relation": string(c.Relation)}); err != nil {
						return nil, err
					}
				}
				for _, src := range c.Sources {
					var method, confidence any // (null for a rule's source: not stored)
					if src.Method != "" {
						method, confidence = src.Method, src.Confidence
					}
					if err := exec(naiveEvidenceCypher, map[string]any{"claim": id, "article": art.ID, "sentence": int64(src.Sentence),
						"start": int64(src.Start), "end": int64(src.End), "quote": src.Quote, "method": method,
						"confidence": confidence}); err != nil {
						return nil, err
					}
				}
			}
			return n, nil
		})
		if err != nil {
			return total, err
		}
		total += n.(int)
	}
	return total, nil
}

var timeZero = time.Unix(0, 0).UTC()
