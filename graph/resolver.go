package graph

import (
	"context"
	"time"

	"github.com/franchisekg/franchisekg/internal/dataload"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// Editor is what the mutations need from the store: editor corrections
// that survive reloads. *neo4jstore.Store implements it.
type Editor interface {
	AddAlias(ctx context.Context, id, alias string) (kg.Correction, error)
	MergeEntities(ctx context.Context, keepID, mergeID string) (kg.Correction, error)
	RejectClaim(ctx context.Context, claimID, reason string) (kg.Correction, error)
	UndoCorrection(ctx context.Context, correctionID string) (kg.Correction, error)
	ListCorrections(ctx context.Context) ([]kg.Correction, error)
}

// IngestOutcome is what ingesting one article did.
type IngestOutcome struct {
	Article  readmodel.Article
	Changed  bool
	Entities []readmodel.Entity
	Claims   int
}

// Ingester runs the loaders on one article and stores the result.
type Ingester interface {
	Ingest(ctx context.Context, a kg.Article, text string) (IngestOutcome, error)
}

// Resolver is the root resolver: the read side, the editor side and the
// ingest function, with no driver type in sight. Resolvers validate their
// arguments, call the store (through per-request loaders) and convert.
type Resolver struct {
	Reader   readmodel.Reader
	Editor   Editor   // nil: corrections unavailable
	Ingester Ingester // nil: ingestArticle unavailable
	// Wait is the loaders' batching window (dataload.DefaultWait if zero).
	Wait time.Duration
}

// loaders returns the request's loaders. Outside a request set up by
// WithLoaders it returns fresh ones (correct, but without batching across
// fields).
func (r *Resolver) loaders(ctx context.Context) *dataload.Loaders {
	if l := dataload.For(ctx); l != nil {
		return l
	}
	return dataload.New(r.Reader, r.Wait)
}

// WithLoaders returns ctx with fresh per-request loaders over r's reader,
// made when a resolver first asks for them.
func (r *Resolver) WithLoaders(ctx context.Context) context.Context {
	return dataload.WithNew(ctx, r.Reader, r.Wait)
}
