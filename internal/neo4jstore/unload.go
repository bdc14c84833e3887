package neo4jstore

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
)

const (
	deleteArticlesCypher = `UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a`
	articleIDsCypher     = `MATCH (a:Article) RETURN a.id AS id, a.sha256 AS sha256, a.extractor AS extractor ORDER BY id`
)

// UnloadArticles removes articles and everything only they supported: their
// MENTIONS, their evidence, the claims left without evidence, then (through
// Refresh) the entities no article mentions any more and the derived edges
// of the touched entities. Claims other articles also state keep their
// other sources. All named articles go in one transaction. It returns the
// ids removed, sorted, and an error wrapping kg.ErrNotFound naming the ids
// that are not loaded (the others are still removed), or a kg error when
// Neo4j fails.
func (s *Store) UnloadArticles(ctx context.Context, ids []string) ([]string, error) {
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		rows, err := collectRows(ctx, tx, articleHashesCypher, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		found := make([]string, 0, len(rows))
		for _, r := range rows {
			found = append(found, str(r["id"]))
		}
		sort.Strings(found)
		if len(found) == 0 {
			return found, nil
		}
		p := map[string]any{"ids": found}
		for _, c := range []string{deleteMentionsCypher, deleteEvidenceCypher, deleteArticlesCypher} {
			if _, err := run(ctx, tx, c, p); err != nil {
				return nil, err
			}
		}
		return found, nil
	})
	if err != nil {
		return nil, err
	}
	found := out.([]string)
	if _, err := s.Refresh(ctx); err != nil {
		return found, err
	}
	var missing []string
	have := map[string]bool{}
	for _, id := range found {
		have[id] = true
	}
	for _, id := range ids {
		if !have[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		return found, fmt.Errorf("article %v is not loaded: %w", missing, kg.ErrNotFound)
	}
	return found, nil
}

// ArticleHashes returns the id and SHA256 of every loaded article; load uses
// it to skip unchanged inputs before extracting them and to find the
// articles --prune removes. It returns an error wrapping a kg error when
// Neo4j fails.
func (s *Store) ArticleHashes(ctx context.Context) (map[string]string, error) {
	st, err := s.StoredArticles(ctx)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(st))
	for id, a := range st {
		m[id] = a.SHA256
	}
	return m, nil
}

// StoredArticle is what load's skip key compares: the content hash of a
// stored article and the fingerprint of the extractor that wrote its facts
// ("" when it was written without one, e.g. before fingerprints).
type StoredArticle struct {
	SHA256, Extractor string
}

// StoredArticles returns the skip key of every loaded article by id. It
// returns an error wrapping a kg error when Neo4j fails.
func (s *Store) StoredArticles(ctx context.Context) (map[string]StoredArticle, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, articleIDsCypher, nil)
	})
	if err != nil {
		return nil, err
	}
	m := map[string]StoredArticle{}
	for _, r := range out.([]map[string]any) {
		m[str(r["id"])] = StoredArticle{SHA256: str(r["sha256"]), Extractor: str(r["extractor"])}
	}
	return m, nil
}
