package loadrun_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/franchisekg/franchisekg/loaders/gen"
)

// mustCorpus writes the loaders' deterministic synthetic corpus of n
// articles (seed 1) into a temporary directory, one file per article, and
// returns the directory.
func mustCorpus(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, in := range gen.Generate(1, n).Inputs {
		if err := os.WriteFile(filepath.Join(dir, in.Article.ID+".txt"), []byte(in.Text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// benchCorpus is the benchmark's corpus of n articles.
func benchCorpus(tb testing.TB, n int) string {
	tb.Helper()
	return mustCorpus(tb, n)
}
