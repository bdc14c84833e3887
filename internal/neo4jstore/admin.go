package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Relationships go first, in bounded batches, so that no transaction has to
// hold a high-degree node's every relationship at once.
const (
	deleteRelsBatchCypher  = `MATCH ()-[r]->() WITH r LIMIT $batch DELETE r RETURN count(*) AS deleted`
	deleteNodesBatchCypher = `MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`
)

// DeleteAll removes every relationship and then every node of the database,
// 10,000 at a time (one write transaction each), so it stays within
// Neo4j's transaction memory on large graphs. Tests use it; it returns the
// first error.
func (s *Store) DeleteAll(ctx context.Context) error {
	for _, cypher := range []string{deleteRelsBatchCypher, deleteNodesBatchCypher} {
		for {
			n, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				res, err := tx.Run(ctx, cypher, map[string]any{"batch": 10000})
				if err != nil {
					return nil, err
				}
				rec, err := res.Single(ctx)
				if err != nil {
					return nil, err
				}
				v, _ := rec.Get("deleted")
				return v, nil
			})
			if err != nil {
				return err
			}
			if n.(int64) == 0 {
				break
			}
		}
	}
	return nil
}
