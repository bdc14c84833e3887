package neo4jstore

import "context"

// MarkUnmarkedLearned exposes the migration's marking step to the tests:
// the number of entities whose learned-only derived edges lack the mark.
func (s *Store) MarkUnmarkedLearned(ctx context.Context) (int64, error) {
	return s.markUnmarkedLearned(ctx)
}
