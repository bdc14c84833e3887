package loaders

import (
	"slices"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestNumberedChannelKept checks, on invented sentences, that a
// broadcaster and its numbered channel ("Telvo" and "Telvo One", "Telvo
// 1") stay two companies, while a one-word company and the one longer
// company name it opens ("Harlow" and "Harlow Pictures") are one.
func TestNumberedChannelKept(t *testing.T) {
	const head = " date 2026-05-01\n'Corvo Lane' Ratings\n\nCorvo Lane, a drama from Neon, returned this week. "
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a numeral word", "Telvo has renewed the show, which first went out on Telvo One in 1989 and airs weekly on Telvo One.",
			[]string{"telvo", "telvo one"}},
		{"digits", "Telvo has renewed the show. It drew 2.1 million viewers and a 20% share on Telvo 1 on Sunday.",
			[]string{"telvo", "telvo 1"}},
		{"guard: a company word", "Harlow has renewed the show. The series is produced by Harlow Pictures.",
			[]string{"harlow pictures"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			orgs := slices.DeleteFunc(entityKeys(t, head+c.text+"\n", kg.Organisation), func(k string) bool { return k == "neon" })
			checkLines(t, orgs, c.want, nil)
			if len(orgs) != len(c.want) {
				t.Errorf("organisations %v, want %v", orgs, c.want)
			}
		})
	}
}
