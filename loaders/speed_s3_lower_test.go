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

func TestLowerWordVocab(t *testing.T) {
	for w := range vocabIDs {
		if got, want := lowerWord(strings.ToUpper(w)), strings.ToLower(strings.ToUpper(w)); got != want {
			t.Fatalf("lowerWord(%q) = %q, want %q", strings.ToUpper(w), got, want)
		}
		if got := lowerWord(w); got != strings.ToLower(w) {
			t.Fatalf("lowerWord(%q) = %q", w, got)
		}
	}
}
