package loaders

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTokInAfterRules checks tokIn's invariant on the seeds: after the
// whole rule run (which queries and caches each token's vocabulary row),
// every registered set answers each token from its cached row exactly as
// the map answers its lower-cased word. A pass that changed a token's
// lower after tokenize would make the cached row stale and fail here.
func TestTokInAfterRules(t *testing.T) {
	paths, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := runArticle(t, string(b))
			cached := 0
			for k := range a.toks {
				tok := &a.toks[k]
				if tok.vr != 0 {
					cached++
				}
				for i, set := range regSets {
					if got := tokIn(tok, set); got != set[tok.lower] {
						t.Fatalf("token %d %q, set %d: tokIn says %v, the map %v", k, tok.lower, i, got, set[tok.lower])
					}
				}
			}
			if cached == 0 {
				t.Fatal("no token had its vocabulary row cached by the rules")
			}
		})
	}
}
