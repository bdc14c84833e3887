package loadrun

import (
	"context"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
)

// Extract is the production Extractor: loaders.Extract resolving names
// against the known entities.
func Extract(ctx context.Context, ins []loaders.Input, known []kg.Node, workers int) (*loaders.Result, error) {
	return extract(ctx, ins, known, loaders.Options{Workers: workers})
}

// ExtractLearned is Extract with the learned credit classifier on
// (loaders.Options.LearnedCredits).
func ExtractLearned(ctx context.Context, ins []loaders.Input, known []kg.Node, workers int) (*loaders.Result, error) {
	return extract(ctx, ins, known, loaders.Options{Workers: workers, LearnedCredits: true})
}

func extract(ctx context.Context, ins []loaders.Input, known []kg.Node, o loaders.Options) (*loaders.Result, error) {
	k := make([]loaders.KnownEntity, len(known))
	for i, n := range known {
		k[i] = loaders.KnownEntity{ID: n.ID, Type: n.Type, Name: n.Name, Aliases: n.Aliases}
	}
	o.Known = k
	return loaders.Extract(ctx, ins, o)
}
