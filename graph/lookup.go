package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/franchisekg/franchisekg/graph/model"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// Limits on list arguments.
const (
	maxFirst       = 100
	maxSearchFirst = 50
	maxSharedFilms = 20
	maxInputLen    = 500
)

// lookup finds one entity of type t by id or by name (exactly one of them):
// by id; else by canonical name or alias, case- and accent-insensitively
// (the canonical name wins over an alias, then the smallest id), also
// without a leading "the"; else the
// best full-text hit whose name or alias is within a small edit distance
// (typos such as "Lupita Nyongo"). It fails with kg.ErrInvalidInput on bad
// arguments and kg.ErrNotFound when nothing matches.
func (r *Resolver) lookup(ctx context.Context, t kg.NodeType, arg string, id, name *string) (readmodel.Entity, error) {
	switch {
	case (id == nil) == (name == nil):
		return readmodel.Entity{}, fmt.Errorf("%s: give exactly one of id and %s: %w", strings.ToLower(string(t)), arg, kg.ErrInvalidInput)
	case id != nil:
		if kg.TypeOfID(*id) != t {
			return readmodel.Entity{}, fmt.Errorf("%s id %q: not a %s id (want %s:...): %w", strings.ToLower(string(t)), *id, t, t.IDPrefix(), kg.ErrNotFound)
		}
		// a root lookup has one key: no batching window to wait for
		es, err := r.Reader.Entities(ctx, []string{*id})
		if err != nil {
			return readmodel.Entity{}, err
		}
		e := es[*id]
		if e.ID == "" || e.Type != t {
			return readmodel.Entity{}, fmt.Errorf("%s id %q: %w", strings.ToLower(string(t)), *id, kg.ErrNotFound)
		}
		return e, nil
	}
	n := strings.TrimSpace(*name)
	if n == "" || len(n) > maxInputLen {
		return readmodel.Entity{}, fmt.Errorf("%s %s %q: must be 1 to %d characters: %w", strings.ToLower(string(t)), arg, *name, maxInputLen, kg.ErrInvalidInput)
	}
	for _, cand := range nameCandidates(n) {
		es, err := r.Reader.FindByName(ctx, t, cand)
		if err != nil {
			return readmodel.Entity{}, err
		}
		for _, e := range es {
			if kg.Fold(e.Name) == kg.Fold(cand) {
				return e, nil
			}
		}
		if len(es) > 0 {
			return es[0], nil
		}
	}
	hits, err := r.Reader.Search(ctx, n, []kg.NodeType{t}, 5)
	if err != nil {
		return readmodel.Entity{}, err
	}
	tolerance := max(2, len([]rune(n))/6)
	for _, h := range hits {
		if neo4jstore.EditDistance(neo4jstore.BestMatch(n, h.Entity), n) <= tolerance {
			return h.Entity, nil
		}
	}
	return readmodel.Entity{}, fmt.Errorf("%s %s %q: %w", strings.ToLower(string(t)), arg, n, kg.ErrNotFound)
}

// nameCandidates returns the name as given and, when it starts with "the "
// (any case), without it: "the Jedi Order" finds "Jedi Order".
func nameCandidates(n string) []string {
	out := []string{n}
	if len(n) > 4 && strings.EqualFold(n[:4], "the ") {
		out = append(out, strings.TrimSpace(n[4:]))
	}
	return out
}

// cursorData is the opaque content of a connection cursor.
type cursorData struct {
	K string `json:"k,omitempty"`
	I string `json:"i"`
}

func encodeCursor(key, id string) string {
	b, _ := json.Marshal(cursorData{K: key, I: id})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursorData, error) {
	var c cursorData
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.I == "" {
		return c, fmt.Errorf("cursor %q: not a cursor of this API: %w", s, kg.ErrInvalidInput)
	}
	return c, nil
}

// pageSize validates first (default 20, 0..maxFirst).
func pageSize(first *int) (int, error) {
	n := 20
	if first != nil {
		n = *first
	}
	if n < 0 || n > maxFirst {
		return 0, fmt.Errorf("first=%d: must be between 0 and %d: %w", n, maxFirst, kg.ErrInvalidInput)
	}
	return n, nil
}

// listParams validates connection arguments for entities of type t.
func listParams(t kg.NodeType, filter *model.EntityFilter, orderBy *model.EntityOrder, first *int, after *string) (readmodel.ListParams, error) {
	p := readmodel.ListParams{Type: t, OrderBy: "name"}
	n, err := pageSize(first)
	if err != nil {
		return p, err
	}
	p.First = n
	if orderBy != nil {
		if orderBy.Field == model.SortFieldID {
			p.OrderBy = "id"
		}
		p.Desc = orderBy.Direction == model.SortDirectionDesc
	}
	if filter != nil {
		f := readmodel.Filter{}
		for _, s := range []*string{filter.NameStartsWith, filter.NameContains, filter.Franchise} {
			if s != nil && len(*s) > maxInputLen {
				return p, fmt.Errorf("filter value longer than %d characters: %w", maxInputLen, kg.ErrInvalidInput)
			}
		}
		if filter.NameStartsWith != nil {
			f.NameStartsWith = *filter.NameStartsWith
		}
		if filter.NameContains != nil {
			f.NameContains = *filter.NameContains
		}
		if filter.Franchise != nil {
			f.Franchise = *filter.Franchise
		}
		if filter.Format != nil {
			f.Format = string(*filter.Format)
		}
		if filter.World != nil {
			f.World = string(*filter.World)
		}
		p.Filter = f
	}
	if after != nil && *after != "" {
		c, err := decodeCursor(*after)
		if err != nil {
			return p, err
		}
		p.After = &readmodel.Cursor{Key: c.K, ID: c.I}
	}
	return p, nil
}

// entityCursor is the cursor of e under ordering p.
func entityCursor(p readmodel.ListParams, e readmodel.Entity) string {
	if p.OrderBy == "id" {
		return encodeCursor("", e.ID)
	}
	return encodeCursor(e.Name, e.ID)
}

func pageInfo(first, last string, hasNext, hasPrev bool) *model.PageInfo {
	return &model.PageInfo{HasNextPage: hasNext, HasPreviousPage: hasPrev, StartCursor: optStr(first), EndCursor: optStr(last)}
}
