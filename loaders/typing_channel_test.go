package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestChannelName checks, on invented sentences, a broadcaster's numbered
// channel: an acronym and a numeral ("QTV Four") or a channel word and a
// numeral ("Network Ten") is a company wherever it stands; a name and a
// numeral that is no acronym stays no company.
func TestChannelName(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Marsh' Returns\n\nSalt Marsh is a crime drama. "
	cases := []struct {
		name, text, key string
		org             bool
	}{
		{"an acronym and a numeral", "In the UK, QTV Four aired it from 2006.", "qtv four", true},
		{"a channel word and a numeral", "Network Ten passed on it.", "network ten", true},
		{"guard: a name and a numeral", "Later, Marla Four joined the cast.", "marla four", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, head+c.text+"\n")
			found := false
			for k := range a.ments {
				if m := &a.ments[k]; m.key == c.key {
					found = true
					if got := m.typ == kg.Organisation; got != c.org {
						t.Errorf("%q typed %q (strength %d), want organisation %v", m.text, m.typ, m.strength, c.org)
					}
				}
			}
			if !found && c.org {
				t.Errorf("no mention %q", c.key)
			}
		})
	}
}
