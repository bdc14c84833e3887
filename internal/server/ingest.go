package server

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/internal/ingest"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// storeIngester runs internal/ingest (the load path for one article) and
// reads back what the article contributes.
type storeIngester struct{ s *neo4jstore.Store }

// NewIngester returns the ingest function behind the ingestArticle
// mutation.
func NewIngester(s *neo4jstore.Store) graph.Ingester { return storeIngester{s} }

var datePattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// Ingest stores one article: the date, when given, becomes the article's
// date line. It returns the stored article, whether it changed, the
// entities it mentions and how many claims it supports; kg.ErrInvalidInput
// names the article and the reason for bad input.
func (g storeIngester) Ingest(ctx context.Context, a kg.Article, text string) (graph.IngestOutcome, error) {
	var out graph.IngestOutcome
	if a.Date != "" {
		if !datePattern.MatchString(a.Date) {
			return out, fmt.Errorf("article %s: date %q: want YYYY-MM-DD: %w", a.ID, a.Date, kg.ErrInvalidInput)
		}
		if !strings.HasPrefix(strings.TrimSpace(text), "date ") {
			text = " date " + a.Date + "\n" + text
		}
	}
	oc, err := ingest.Article(ctx, g.s, ingest.Request{ID: a.ID, Title: a.Title, URL: a.URL, Text: text})
	if err != nil {
		return out, err
	}
	out.Changed = oc != ingest.Unchanged
	arts, err := g.s.Articles(ctx, []string{a.ID})
	if err != nil {
		return out, err
	}
	out.Article = arts[a.ID]
	ents, err := g.s.ArticleMentions(ctx, []string{a.ID})
	if err != nil {
		return out, err
	}
	out.Entities = append([]readmodel.Entity{}, ents[a.ID]...)
	claims, err := g.s.ArticleClaims(ctx, []string{a.ID})
	if err != nil {
		return out, err
	}
	out.Claims = len(claims[a.ID])
	return out, nil
}
