package export

import (
	"context"
	"fmt"
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// franchiseLinks are the relationship types that tie a film to a franchise
// or to another film of it.
var franchiseLinks = []kg.RelType{kg.PartOf, kg.SpinOffOf, kg.SequelOf, kg.PrequelOf}

// graphIndex is the handful of lookups Select needs; MemReader and
// StoreReader implement it so that both resolve filters identically.
type graphIndex interface {
	// missing returns the first of ids (in the given order) that is not an
	// entity, or "" when all exist.
	missing(ctx context.Context, ids []string) (string, error)
	// typeOf returns the label of an existing entity.
	typeOf(ctx context.Context, id string) (kg.NodeType, error)
	// ofType returns the ids of every entity of type t.
	ofType(ctx context.Context, t kg.NodeType) ([]string, error)
	// neighbours returns the ids of every entity with an edge to or from
	// one of ids.
	neighbours(ctx context.Context, ids []string) ([]string, error)
	// franchiseFilms returns the films linked to the franchise by
	// franchiseLinks, transitively through films.
	franchiseFilms(ctx context.Context, franchise string) ([]string, error)
}

// resolve turns f into a Selection using g's lookups.
func resolve(ctx context.Context, g graphIndex, f Filter) (*Selection, error) {
	if f.Type != "" && !f.Type.Valid() {
		return nil, fmt.Errorf("type %q: not one of Person, Character, Film, Organisation, Franchise: %w", f.Type, kg.ErrInvalidInput)
	}
	if f.Empty() {
		return &Selection{All: true}, nil
	}
	var sets []map[string]bool
	var pages []string
	if len(f.IDs) > 0 {
		ids := uniqueSorted(f.IDs)
		miss, err := g.missing(ctx, ids)
		if err != nil {
			return nil, err
		}
		if miss != "" {
			return nil, fmt.Errorf("id %q: no such entity: %w", miss, kg.ErrNotFound)
		}
		nb, err := g.neighbours(ctx, ids)
		if err != nil {
			return nil, err
		}
		sets = append(sets, toSet(ids, nb))
		pages = ids
	}
	if f.Type != "" {
		ids, err := g.ofType(ctx, f.Type)
		if err != nil {
			return nil, err
		}
		sets = append(sets, toSet(ids))
	}
	if f.Franchise != "" {
		miss, err := g.missing(ctx, []string{f.Franchise})
		if err != nil {
			return nil, err
		}
		if miss == "" {
			t, err := g.typeOf(ctx, f.Franchise)
			if err != nil {
				return nil, err
			}
			if t != kg.Franchise {
				return nil, fmt.Errorf("franchise %q: is a %s, not a Franchise: %w", f.Franchise, t, kg.ErrInvalidInput)
			}
		} else {
			return nil, fmt.Errorf("franchise %q: no such entity: %w", f.Franchise, kg.ErrNotFound)
		}
		films, err := g.franchiseFilms(ctx, f.Franchise)
		if err != nil {
			return nil, err
		}
		nb, err := g.neighbours(ctx, films)
		if err != nil {
			return nil, err
		}
		sets = append(sets, toSet([]string{f.Franchise}, films, nb))
	}
	ids := make([]string, 0, len(sets[0]))
	for id := range sets[0] {
		in := true
		for _, s := range sets[1:] {
			if !s[id] {
				in = false
				break
			}
		}
		if in {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	sel := &Selection{IDs: ids}
	if pages == nil {
		sel.Pages = ids
	} else {
		for _, p := range pages {
			if sel.Has(p) {
				sel.Pages = append(sel.Pages, p)
			}
		}
	}
	return sel, nil
}

func toSet(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, id := range l {
			m[id] = true
		}
	}
	return m
}

func uniqueSorted(ids []string) []string {
	out := append([]string(nil), ids...)
	sort.Strings(out)
	j := 0
	for i, id := range out {
		if i == 0 || id != out[j-1] {
			out[j] = id
			j++
		}
	}
	return out[:j]
}
