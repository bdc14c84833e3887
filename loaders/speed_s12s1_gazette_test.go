package loaders

import (
	"math/rand"
	"testing"
)

// TestNoHeadStartAgreesWithTokenize checks the gazette's shortcut: a name
// that noHeadStart skips has a first unquoted token (tokenize) that is no
// heading word.
func TestNoHeadStartAgreesWithTokenize(t *testing.T) {
	parts := []string{"A", "b", "Z", "3", " ", "\t", "\n", "'", "'s", "\"", "-", ".", ",", "é", "e\u0301", "’", "s", "S", "(", "`", "x",
		"U.S.", "j.", "Bo", "Kessler-directed", "-directed", "-starrer", "Self", "Bo-Katan", "Co"}
	heads := []string{"bo", "b", "x", "a", "u.s.", "3", "bos", "s", "z-bo", "abo", "kessler", "kessler-directed", "self", "co"}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 200000; i++ {
		hw := map[string]bool{}
		for _, h := range heads {
			if r.Intn(3) == 0 {
				hw[h] = true
			}
		}
		hf := headFirstBytes(hw)
		s := ""
		for j := 1 + r.Intn(6); j > 0; j-- {
			s += parts[r.Intn(len(parts))]
		}
		if noHeadStart(s, hw, &hf) {
			if first := firstUnquoted(tokenize(s, 0, nil)); hw[first] {
				t.Fatalf("%q skipped, but its first token %q is a heading word", s, first)
			}
		}
	}
}
