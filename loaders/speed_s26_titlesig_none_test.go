package loaders

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTitleSigNone checks the fast answer of titleSig against its slow
// definition (titleSigFields): a key titleSigNone passes has no number.
func TestTitleSigNone(t *testing.T) {
	for _, c := range []struct {
		key  string
		none bool
	}{
		{"the salt ledger", true},
		{"perrin vasquez", true},
		{"", true},
		{"salt ledger: the vow", true},
		{"voxx", true},
		{"the salt ledger 2", false},
		{"salt ledger ii", false},
		{"salt ledger: part two", false},
		{"salt ledger: chapter i", false},
		{"vix", false},
		{"x", false},
		{"caf\u00e9 nights", false},
		{"salt\u00a0ledger", false},
		{"tides of one", false},
	} {
		t.Run(c.key, func(t *testing.T) {
			if got := titleSigNone(c.key); got != c.none {
				t.Fatalf("titleSigNone(%q) = %v, want %v", c.key, got, c.none)
			}
			if c.none {
				if b, n := titleSigFields(c.key); b != "" || n != "" {
					t.Fatalf("titleSigFields(%q) = %q, %q: not none", c.key, b, n)
				}
			}
		})
	}
	t.Run("random", func(t *testing.T) {
		words := []string{"x", "the", "ii", "iii", "v", "vi", "xv", "ivy", "2", "10", "one", "two", "five", "six", "ones", "i", "chapter",
			"part", "volume", "vol.", "book", "episode", ":", "-", "star", "tide", "a:b", "\u00e9", "  ", "\t", ""}
		r := rand.New(rand.NewPCG(5, 6))
		for k := 0; k < 200000; k++ {
			var sb strings.Builder
			for j := r.IntN(6); j >= 0; j-- {
				sb.WriteString([]string{" ", "", "  ", ":"}[r.IntN(4)])
				sb.WriteString(words[r.IntN(len(words))])
			}
			key := sb.String()
			if !titleSigNone(key) {
				continue
			}
			if b, n := titleSigFields(key); b != "" || n != "" {
				t.Fatalf("titleSigNone(%q) but titleSigFields gives %q, %q", key, b, n)
			}
		}
	})
	t.Run("numberWord", func(t *testing.T) {
		for _, w := range []string{"i", "one", "two", "three", "four", "five", "six", "ten", "ii", "v", "part"} {
			if want := partWordNumeral(w) != "" && w != "i"; numberWord(w) != want {
				t.Fatalf("numberWord(%q) = %v, want %v", w, numberWord(w), want)
			}
		}
	})
}

// TestHyphenAdjectiveFast checks hyphenAdjective's no-hyphen answer
// against the shapes it describes.
func TestHyphenAdjectiveFast(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Paris-set", true}, {"Oscar-winning", true}, {"Vell-owned", true}, {"Sung-jin", false},
		{"Perrin", false}, {"Perrin Vasquez", false}, {"", false}, {"-", false}, {"Salt-Ledger", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := hyphenAdjective(c.name); got != c.want {
				t.Fatalf("hyphenAdjective(%q) = %v, want %v", c.name, got, c.want)
			}
		})
	}
}
