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
SET v.quote = $quote`
)

// WriteArticlesNaive writes arts one transaction per article and one MERGE
// statement per fact. It exists only as the baseline the load benchmark
// compares WriteArticles against; it does not skip, replace or refresh. It
// returns the number of relationships created, or the first error.
func (s *Store) WriteArticlesNaive(ctx context.Context, arts []kg.ArticleFacts) (int, error) {
	total := 0
	for _, a := range arts {
		p := buildWriteParams([]kg.ArticleFacts{a}, corrections{}, timeZero)
		n, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			n := 0
			exec := func(cypher string, params map[string]any) error {
				c, err := run(ctx, tx, cypher, params)
				n += c
				return err
			}
			art := p.articles[0].(map[string]any)
			if err := exec(naiveArticleCypher, map[string]any{"id": art["id"], "props": art["props"]}); err != nil {
				return nil, err
			}
			types := map[string]any{}
			for _, e := range p.entities {
				e := e.(map[string]any)
				types[e["id"].(string)] = e["type"]
			}
			for _, m := range art["mentions"].([]any) {
				m := m.(map[string]any)
				id := m["entity"].(string)
				if err := exec(naiveMentionCypher, map[string]any{"article": art["id"], "entity": id, "type": types[id],
					"name": m["props"].(map[string]any)["name"], "props": m["props"]}); err != nil {
					return nil, err
				}
			}
			for _, c := range p.claims {
				c := c.(map[string]any)
				if err := exec(naiveClaimCypher, c); err != nil {
					return nil, err
				}
				if o, ok := c["object"]; ok {
					rel := c["props"].(map[string]any)["relation"]
					if err := exec(naiveObjectCypher, map[string]any{"id": c["id"], "subject": c["subject"], "object": o,
						"relation": rel}); err != nil {
						return nil, err
					}
				}
			}
			for _, ev := range p.evidence {
				ev := ev.(map[string]any)
				for _, e := range ev["evidence"].([]any) {
					e := e.(map[string]any)
					props := e["props"].(map[string]any)
					if err := exec(naiveEvidenceCypher, map[string]any{"claim": e["claim"], "article": ev["article"],
						"sentence": props["sentence"], "start": props["start"], "end": props["end"], "quote": props["quote"]}); err != nil {
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
