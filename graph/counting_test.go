package graph_test

import (
	"context"
	"sync/atomic"

	"github.com/franchisekg/franchisekg/internal/dataload"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// countingReader is a readmodel.Reader that counts the calls it forwards:
// every Reader method is one database round trip (one statement in one
// read transaction), so the count is the number of round trips a query
// costs.
type countingReader struct {
	readmodel.Reader
	calls    atomic.Int64
	windowed atomic.Int64 // calls made by a loader's batch fetch
}

func (c *countingReader) reset() int64 { c.windowed.Store(0); return c.calls.Swap(0) }

// count counts one call, and whether a loader's batch made it.
func (c *countingReader) count(ctx context.Context) {
	c.calls.Add(1)
	if dataload.Windowed(ctx) {
		c.windowed.Add(1)
	}
}

var _ = kg.Person

func (c *countingReader) Entities(ctx context.Context, ids []string) (map[string]readmodel.Entity, error) {
	c.count(ctx)
	return c.Reader.Entities(ctx, ids)
}

func (c *countingReader) FindByName(ctx context.Context, t kg.NodeType, name string) ([]readmodel.Entity, error) {
	c.count(ctx)
	return c.Reader.FindByName(ctx, t, name)
}

func (c *countingReader) Search(ctx context.Context, query string, types []kg.NodeType, first int) ([]readmodel.SearchHit, error) {
	c.count(ctx)
	return c.Reader.Search(ctx, query, types, first)
}

func (c *countingReader) ListEntities(ctx context.Context, p readmodel.ListParams) (readmodel.EntityPage, error) {
	c.count(ctx)
	return c.Reader.ListEntities(ctx, p)
}

func (c *countingReader) CountEntities(ctx context.Context, t kg.NodeType, f readmodel.Filter) (int, error) {
	c.count(ctx)
	return c.Reader.CountEntities(ctx, t, f)
}

func (c *countingReader) Relations(ctx context.Context, ids []string, dir readmodel.Direction) (map[string][]readmodel.Relation, error) {
	c.count(ctx)
	return c.Reader.Relations(ctx, ids, dir)
}

func (c *countingReader) MentionSources(ctx context.Context, ids []string) (map[string][]readmodel.Source, error) {
	c.count(ctx)
	return c.Reader.MentionSources(ctx, ids)
}

func (c *countingReader) PropertyClaims(ctx context.Context, ids []string) (map[string][]readmodel.Claim, error) {
	c.count(ctx)
	return c.Reader.PropertyClaims(ctx, ids)
}

func (c *countingReader) CoStars(ctx context.Context, ids []string, first int, stated bool) (map[string][]readmodel.CoStar, error) {
	c.count(ctx)
	return c.Reader.CoStars(ctx, ids, first, stated)
}

func (c *countingReader) FilmCharacters(ctx context.Context, ids []string) (map[string][]readmodel.LinkedEntity, error) {
	c.count(ctx)
	return c.Reader.FilmCharacters(ctx, ids)
}

func (c *countingReader) SharedCast(ctx context.Context, filmIDs []string) ([]readmodel.LinkedEntity, error) {
	c.count(ctx)
	return c.Reader.SharedCast(ctx, filmIDs)
}

func (c *countingReader) Paths(ctx context.Context, from, to string, maxHops, limit int) ([]readmodel.Path, error) {
	c.count(ctx)
	return c.Reader.Paths(ctx, from, to, maxHops, limit)
}

func (c *countingReader) Neighbourhood(ctx context.Context, id string, depth, limit int) (readmodel.Neighbourhood, error) {
	c.count(ctx)
	return c.Reader.Neighbourhood(ctx, id, depth, limit)
}

func (c *countingReader) Conflicts(ctx context.Context, after string, first int) (readmodel.ConflictPage, error) {
	c.count(ctx)
	return c.Reader.Conflicts(ctx, after, first)
}

func (c *countingReader) CountConflicts(ctx context.Context) (int, error) {
	c.count(ctx)
	return c.Reader.CountConflicts(ctx)
}

func (c *countingReader) Articles(ctx context.Context, ids []string) (map[string]readmodel.Article, error) {
	c.count(ctx)
	return c.Reader.Articles(ctx, ids)
}

func (c *countingReader) ListArticles(ctx context.Context, after string, first int) (readmodel.ArticlePage, error) {
	c.count(ctx)
	return c.Reader.ListArticles(ctx, after, first)
}

func (c *countingReader) CountArticles(ctx context.Context) (int, error) {
	c.count(ctx)
	return c.Reader.CountArticles(ctx)
}

func (c *countingReader) ArticleClaims(ctx context.Context, ids []string) (map[string][]readmodel.Claim, error) {
	c.count(ctx)
	return c.Reader.ArticleClaims(ctx, ids)
}

func (c *countingReader) ArticleMentions(ctx context.Context, ids []string) (map[string][]readmodel.Entity, error) {
	c.count(ctx)
	return c.Reader.ArticleMentions(ctx, ids)
}

func (c *countingReader) Claims(ctx context.Context, ids []string) (map[string]readmodel.Claim, error) {
	c.count(ctx)
	return c.Reader.Claims(ctx, ids)
}

func (c *countingReader) Stats(ctx context.Context) (readmodel.Stats, error) {
	c.count(ctx)
	return c.Reader.Stats(ctx)
}
