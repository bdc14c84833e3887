package loaders

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTitleSigASCII checks titleSigASCII against titleSigFields on random
// keys made of the words that matter.
func TestTitleSigASCII(t *testing.T) {
	words := []string{"x", "the", "ii", "iii", "v", "x", "2", "3", "10", "one", "two", "i", "chapter", "part", "volume", "vol", "vol.",
		"book", "episode", ":", "-", "\u2013", "star", "wars", "2:", ":3", "a:b", "\u00e9", "  ", "\t", ""}
	r := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 300000; k++ {
		var sb strings.Builder
		for j := r.IntN(7); j >= 0; j-- {
			if j%2 == 0 || r.IntN(3) == 0 {
				sb.WriteString([]string{" ", "", "  ", ":"}[r.IntN(4)])
			}
			sb.WriteString(words[r.IntN(len(words))])
		}
		key := sb.String()
		b1, n1 := titleSigFields(key)
		b2, n2, ok := titleSigASCII(key)
		if ok && (b1 != b2 || n1 != n2) {
			t.Fatalf("titleSigASCII(%q) = %q, %q; titleSigFields %q, %q", key, b2, n2, b1, n1)
		}
		if b3, n3 := titleSig(key); b3 != b1 || n3 != n1 {
			t.Fatalf("titleSig(%q) = %q, %q; titleSigFields %q, %q", key, b3, n3, b1, n1)
		}
	}
}
