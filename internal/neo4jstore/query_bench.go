package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Baseline support for the API benchmark: the same constant Cypher the
// read methods run, run straight through the driver.

// BaselineStatement names one of the read statements with its parameters.
type BaselineStatement struct {
	Name   string
	Params map[string]any
}

// baselineCypher are the statements the benchmark may run.
var baselineCypher = map[string]string{
	"entities":      qryEntitiesCypher,
	"relations_out": qryRelationsOutCypher,
	"relations_in":  qryRelationsInCypher,
	"costars":       qryCoStarsCypher,
	"search":        qrySearchCypher,
	"path4":         qryPathCypher[4],
	"hood2":         qryHoodCypher[2],
}

// LuceneQuery is the full-text query Search sends for free text.
func LuceneQuery(text string) string { return qryLuceneQuery(text) }

// RunBaseline runs one statement in one read transaction through the
// driver, reading every record and doing nothing else; it returns the
// number of records.
func (s *Store) RunBaseline(ctx context.Context, st BaselineStatement) (int, error) {
	cy, ok := baselineCypher[st.Name]
	if !ok {
		return 0, fmt.Errorf("no baseline statement %q", st.Name)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	n, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, cy, st.Params)
		if err != nil {
			return 0, err
		}
		recs, err := r.Collect(ctx)
		return len(recs), err
	}, neo4j.WithTxTimeout(s.txTimeout))
	if err != nil {
		return 0, s.wrap(err)
	}
	return n.(int), nil
}
