package loaders

import "testing"

func TestMentionTextKey(t *testing.T) {
	for _, s := range []string{"The Matrix", "the matrix", "Star Wars: A New Hope", "THE END", "Spider-Man", "O'Brien", "A  B", " X", "Café Society", "x`y", "Tab\tName", "Jr.", "the", "The", "Mr. Smith-Jones", "a\x00B"} {
		text, key := mentionTextKey(s)
		if wt := NormalizeSurface(s); text != wt {
			t.Errorf("mentionTextKey(%q) text %q, want %q", s, text, wt)
		}
		if wk := nameKey(NormalizeSurface(s)); key != wk {
			t.Errorf("mentionTextKey(%q) key %q, want %q", s, key, wk)
		}
	}
}
