package loaders

import (
	"math/rand/v2"
	"testing"
)

// TestPlainSurface checks that every string plainSurface accepts is one
// the general path returns unchanged, over random strings of the
// characters that matter.
func TestPlainSurface(t *testing.T) {
	alphabet := []string{"a", "B", " ", "  ", "-", "'", "`", "\"", "\t", "\n", ".", "\u2013", "\u00e9", "\u00a0", "e\u0301", "\x01"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200000; n++ {
		s := ""
		for k := r.IntN(8); k >= 0; k-- {
			s += alphabet[r.IntN(len(alphabet))]
		}
		got, want := NormalizeSurface(s), normalizeSurface(s)
		if got != want {
			t.Fatalf("NormalizeSurface(%q) = %q, general path %q", s, got, want)
		}
	}
}
