package loadrun_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// mustCorpus writes a corpus of n articles into a temporary directory and
// returns it: the seed articles over and over under new ids, each with a
// closing line of its own so every file has its own hash. Many articles
// state the same facts, as a news corpus does.
func mustCorpus(tb testing.TB, n int) string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles in %s: %v", seeds, err)
	}
	sort.Strings(files)
	texts := make([][]byte, len(files))
	for i, f := range files {
		if texts[i], err = os.ReadFile(f); err != nil {
			tb.Fatal(err)
		}
	}
	dir := tb.TempDir()
	for i := 0; i < n; i++ {
		b := append(append([]byte{}, texts[i%len(texts)]...), fmt.Sprintf("\n\nReport number %d.\n", i)...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("c%05d.txt", i)), b, 0o644); err != nil {
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
