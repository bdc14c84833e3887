package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// QueryRead runs one parameterised read-only Cypher statement in a read
// transaction and returns its rows as maps (for `query`-style tooling and
// tests; the API uses typed methods). Driver values are converted to Go
// values (nodes to their property maps).
func (s *Store) QueryRead(ctx context.Context, cypher string, params map[string]any) ([]map[string]any, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, cypher, params)
	})
	if err != nil {
		return nil, err
	}
	return res.([]map[string]any), nil
}

// ExecWrite runs one parameterised Cypher statement in a write transaction.
func (s *Store) ExecWrite(ctx context.Context, cypher string, params map[string]any) error {
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		_, err = res.Consume(ctx)
		return nil, err
	})
	return err
}

func collectRows(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]map[string]any, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	var rows []map[string]any
	for res.Next(ctx) {
		rec := res.Record()
		row := make(map[string]any, len(rec.Keys))
		for i, k := range rec.Keys {
			row[k] = plain(rec.Values[i])
		}
		rows = append(rows, row)
	}
	return rows, res.Err()
}

// plain converts driver graph values into plain Go maps and slices.
func plain(v any) any {
	switch x := v.(type) {
	case neo4j.Node:
		return x.Props
	case neo4j.Relationship:
		return x.Props
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	}
	return v
}
