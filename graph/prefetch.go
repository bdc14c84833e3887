package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// Lookahead: a list resolver that knows its elements' nested fields will
// need the relations of the entities it returns loads them for all of its
// elements at once (one store call, or one LoadAll adding every key to one
// batch), instead of leaving each element to join the batch within the
// loaders' time window.
// This keeps the round trips of a nested query to one per level even when
// the machine is too busy for the window to collect every key.

// Fields of an entity that read its outgoing or incoming relations.
var (
	outFields = map[string]bool{"actingCredits": true, "crewCredits": true, "portrayals": true, "memberships": true,
		"appearsIn": true, "franchise": true, "spinOffOf": true, "prequelOf": true, "sequelOf": true, "films": true}
	inFields = map[string]bool{"cast": true, "crew": true, "studios": true, "distributors": true, "spinOffs": true,
		"portrayedBy": true, "members": true, "films": true}
)

// selects reports whether the current field's selection contains the child
// field child (path of names, the last matched against any of last).
func selects(ctx context.Context, path []string, last map[string]bool) bool {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || oc == nil {
		return false
	}
	sel := fc.Field.Selections
	for _, name := range path {
		var next []graphql.CollectedField
		for _, f := range graphql.CollectFields(oc, sel, nil) {
			if f.Name == name {
				next = append(next, f)
			}
		}
		if len(next) == 0 {
			return false
		}
		sel = nil
		for _, f := range next {
			sel = append(sel, f.Selections...)
		}
	}
	for _, f := range graphql.CollectFields(oc, sel, nil) {
		if last[f.Name] {
			return true
		}
	}
	return false
}

// prefetch loads the relations of ids in direction dir in one batch when
// the selection under path needs them. Errors are left for the fields that
// need the data to report.
func (r *Resolver) prefetch(ctx context.Context, ids []string, dir readmodel.Direction, path ...string) {
	if len(ids) < 2 {
		return
	}
	if dir == readmodel.Out && selects(ctx, path, outFields) || dir == readmodel.In && selects(ctx, path, inFields) {
		r.prefetchAll(ctx, ids, dir)
	}
}

// prefetchAll loads the relations of ids in direction dir in one batch:
// for a list outside any other list straight from the store (one call,
// primed into the loader, no batching window), inside a list through the
// loader, so that the lists of sibling elements share a batch.
func (r *Resolver) prefetchAll(ctx context.Context, ids []string, dir readmodel.Direction) {
	if len(ids) < 2 {
		return
	}
	l := &r.loaders(ctx).In
	if dir == readmodel.Out {
		l = &r.loaders(ctx).Out
	}
	if !single(ctx) {
		_, _ = l.LoadAll(ctx, ids)
		return
	}
	m, err := r.Reader.Relations(ctx, ids, dir)
	if err != nil {
		return
	}
	for _, id := range ids {
		l.Prime(id, m[id])
	}
}

// ends returns the ids at one end of rels.
func ends(rels []readmodel.Relation, from bool) []string {
	out := make([]string, 0, len(rels))
	for _, rel := range rels {
		if from {
			out = append(out, rel.From.ID)
		} else {
			out = append(out, rel.To.ID)
		}
	}
	return out
}
