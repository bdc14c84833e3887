package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const deleteBatchCypher = `MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`

// DeleteAll removes every node and relationship of the database in batches
// of 5,000 nodes (one write transaction each). Tests and `db reset` use it;
// it returns the first error.
func (s *Store) DeleteAll(ctx context.Context) error {
	for {
		n, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, deleteBatchCypher, map[string]any{"batch": 5000})
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
			return nil
		}
	}
}
