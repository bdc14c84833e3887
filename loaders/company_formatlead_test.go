package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCompanyFormatLead checks formatLead on an invented sentence: a
// one-word name between a possessive and a format noun before a title is
// a company's ("P's X series F").
func TestCompanyFormatLead(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name, text, key string
		want            kg.NodeType
	}{
		{"a possessive before the name", "On Tom Li's Telvano series Iron Creek she played a judge.", "telvano", kg.Organisation},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := entityType(t, head+c.text+"\n", c.key); got != c.want {
				t.Errorf("%s typed %q, want %q", c.key, got, c.want)
			}
		})
	}
}
