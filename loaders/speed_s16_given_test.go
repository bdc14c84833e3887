package loaders

import (
	"strings"
	"testing"
)

// TestGivenIn: the short-word table answers as the gazetteer's set does,
// for every word of the set, each of its prefixes and a few invented
// non-names.
func TestGivenIn(t *testing.T) {
	set := givenNames()
	check := func(w string) {
		_, want := set[w]
		if got := givenIn([]byte(w)); got != want {
			t.Errorf("givenIn(%q) = %v, want %v", w, got, want)
		}
	}
	for w := range set {
		for i := 1; i <= len(w); i++ {
			check(w[:i])
		}
		check(w + "x")
	}
	for _, w := range []string{"", "a", "zzqx", "qqqqqqq", "qqqqqqqq", "the", "film", strings.Repeat("b", 20)} {
		t.Run("word="+w, func(t *testing.T) { check(w) })
	}
}
