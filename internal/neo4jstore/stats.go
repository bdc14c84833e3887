package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const (
	countNodesCypher = `MATCH (n) RETURN count(n) AS n`
	countRelsCypher  = `MATCH ()-[r]->() RETURN count(r) AS n`
	countStaleCypher = `MATCH (e:Entity) WHERE e.stale = true RETURN count(e) AS n`
)

// Counts is the size of the graph.
type Counts struct {
	Nodes, Relationships int
	// Stale is the number of entities whose derived edges and properties
	// await Refresh (0 after a completed load).
	Stale int
}

// Count returns the node and relationship counts of the database, read in
// one transaction, or an error wrapping a kg error.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var c Counts
		for _, q := range []struct {
			cypher string
			dst    *int
		}{{countNodesCypher, &c.Nodes}, {countRelsCypher, &c.Relationships}, {countStaleCypher, &c.Stale}} {
			rows, err := collectRows(ctx, tx, q.cypher, nil)
			if err != nil {
				return nil, err
			}
			*q.dst = toInt(rows[0]["n"])
		}
		return c, nil
	})
	if err != nil {
		return Counts{}, err
	}
	return out.(Counts), nil
}
