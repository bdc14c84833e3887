package loaders

import (
	"strings"
	"testing"
)

// TestCommaColonTitles checks joinColonTitles' "A, B: C": a comma title
// the article writes again, then a subtitle, is one title; two titles
// listed once with a comma stay two.
func TestCommaColonTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"comma title written again",
			"News\n\nWhen Amber Fox, Silver Wolf opened in 1999, few expected much. Amber Fox, Silver Wolf: Blade of Winter, directed by the same team, followed in 2016.",
			[]string{"amber fox, silver wolf: blade of winter"}, []string{"silver wolf: blade of winter"}},
		{"a list written once",
			"News\n\nShe starred in Harbor Nights, Dustline: Part Two and more.",
			[]string{"dustline: part two"}, []string{"harbor nights, dustline: part two"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var keys []string
			for _, l := range mentionTypes(c.text) {
				keys = append(keys, l[:strings.LastIndexByte(l, '=')])
			}
			checkLines(t, keys, c.want, c.not)
		})
	}
}
