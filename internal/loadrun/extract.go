package loadrun

import (
	"context"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
)

// Extract is the production Extractor: loaders.Extract resolving names
// against the known entities.
func Extract(ctx context.Context, ins []loaders.Input, known []kg.Node, workers int) (*loaders.Result, error) {
	k := make([]loaders.KnownEntity, len(known))
	for i, n := range known {
		k[i] = loaders.KnownEntity{ID: n.ID, Type: n.Type, Name: n.Name, Aliases: n.Aliases}
	}
	return loaders.Extract(ctx, ins, loaders.Options{Workers: workers, Known: k})
}
