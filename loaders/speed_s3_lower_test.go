package loaders

import (
	"strings"
	"testing"
)

func TestLowerWord(t *testing.T) {
	for _, s := range []string{"", "a", "The", "THE", "the", "Pictures", "Smith", "McDonald-Jones", "Ünïcode", "ÀB", strings.Repeat("Ab", 20), "X\x00y", "O'Brien"} {
		if got, want := lowerWord(s), strings.ToLower(s); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", s, got, want)
		}
	}
}
