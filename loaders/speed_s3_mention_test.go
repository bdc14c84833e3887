package loaders

import (
	"strings"
	"testing"
)

func TestMentionTextKey(t *testing.T) {
	for _, s := range []string{"The Lattice", "the lattice", "Star Fleets: A New Dawn", "THE END", "Moth-Man", "O'Brien", "A  B", " X", "Café Society", "x`y", "Tab\tName", "Jr.", "the", "The", "Mr. Smith-Jones", "a\x00B"} {
		text, key := mentionTextKey(s)
		if wt := NormalizeSurface(s); text != wt {
			t.Errorf("mentionTextKey(%q) text %q, want %q", s, text, wt)
		}
		if wk := nameKey(NormalizeSurface(s)); key != wk {
			t.Errorf("mentionTextKey(%q) key %q, want %q", s, key, wk)
		}
	}
}

// FuzzSpeedS3 checks the S3 helpers against the code they stand for.
func FuzzSpeedS3(f *testing.F) {
	for _, s := range []string{"The Lattice", "Café", "A  B", "x`y", "THE", "Mr. Smith"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, key := mentionTextKey(s)
		if wt := NormalizeSurface(s); text != wt {
			t.Fatalf("mentionTextKey(%q) text %q, want %q", s, text, wt)
		}
		if wk := nameKey(NormalizeSurface(s)); key != wk {
			t.Fatalf("mentionTextKey(%q) key %q, want %q", s, key, wk)
		}
		if got, want := lowerWord(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerWord(%q) = %q, want %q", s, got, want)
		}
		var buf [32]byte
		if got, want := string(appendLower(buf[:0], s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}
