package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// checkPartTyped runs text through the rules and checks that every
// mention keyed key is typed a Character exactly when want is Character;
// it fails when no mention has that key, unless want is empty (the name
// need not be a mention at all).
func checkPartTyped(tb testing.TB, text, key string, want kg.NodeType) {
	tb.Helper()
	a := runArticle(tb, text)
	found := false
	for i := range a.ments {
		if m := &a.ments[i]; m.key == key {
			found = true
			if (m.typ == kg.Character) != (want == kg.Character) {
				tb.Errorf("%q typed %q, want %q", m.text, m.typ, want)
			}
		}
	}
	if !found && want != "" {
		tb.Errorf("no mention %q", key)
	}
}
