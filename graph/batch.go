package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/franchisekg/franchisekg/internal/dataload"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// single reports whether the field being resolved belongs to an object
// that is not an element of a list (a root object, or one reached through
// single-valued fields only): its loaders would only ever see its key.
func single(ctx context.Context) bool {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Index != nil {
			return false
		}
	}
	return true
}

// load returns the value for key: outside lists straight from the store
// (once per request and key, then primed into the loader), inside lists
// through the loader, which batches the keys of all the list's elements.
func load[K comparable, V any](ctx context.Context, r *Resolver, kind string, l *dataload.Loader[K, V], key K,
	direct func(context.Context, []K) (map[K]V, error)) (V, error) {
	if !single(ctx) {
		return l.Load(ctx, key)
	}
	return dataload.Once(r.loaders(ctx), kind, key, func() (V, error) {
		m, err := direct(ctx, []K{key})
		v := m[key]
		if err == nil {
			l.Prime(key, v)
		}
		return v, err
	})
}

func (r *Resolver) relations(ctx context.Context, id string, dir readmodel.Direction) ([]readmodel.Relation, error) {
	l := r.loaders(ctx)
	if dir == readmodel.Out {
		return load(ctx, r, "out", &l.Out, id, func(ctx context.Context, ids []string) (map[string][]readmodel.Relation, error) {
			return r.Reader.Relations(ctx, ids, readmodel.Out)
		})
	}
	return load(ctx, r, "in", &l.In, id, func(ctx context.Context, ids []string) (map[string][]readmodel.Relation, error) {
		return r.Reader.Relations(ctx, ids, readmodel.In)
	})
}
