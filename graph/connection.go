package graph

import (
	"context"

	"github.com/franchisekg/franchisekg/graph/model"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// listPage validates a connection's arguments, reads one page of entities of
// type t, and hands each one, converted by conv, to add with its cursor. It
// returns the page's parameters and PageInfo, or kg.ErrInvalidInput for bad
// arguments and the reader's error otherwise.
func listPage[N any](ctx context.Context, rd readmodel.Reader, t kg.NodeType,
	filter *model.EntityFilter, orderBy *model.EntityOrder, first *int, after *string,
	conv func(readmodel.Entity) N, add func(cursor string, node N)) (readmodel.ListParams, *model.PageInfo, error) {
	p, err := listParams(t, filter, orderBy, first, after)
	if err != nil {
		return p, nil, err
	}
	page, err := rd.ListEntities(ctx, p)
	if err != nil {
		return p, nil, err
	}
	var firstC, lastC string
	for i, e := range page.Entities {
		cur := entityCursor(p, e)
		if i == 0 {
			firstC = cur
		}
		lastC = cur
		add(cur, conv(e))
	}
	return p, pageInfo(firstC, lastC, page.HasNext, p.After != nil), nil
}
