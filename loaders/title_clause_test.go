package loaders

import (
	"strings"
	"testing"
)

// TestClauseTitles checks extendRun's titles written as a clause after a
// comma: a capitalised pronoun and a capitalised verb after the comma go
// on the title ("Sweetie, I Swapped the Twins"); prose after a comma, with a
// lower-case verb, does not.
func TestClauseTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"pronoun and capitalised verb",
			"News\n\nHe wrote the 1989 comedy Darling, We Sank the Boat for the studio.",
			[]string{"darling, we sank the boat"}, []string{"darling"}},
		{"question word",
			"News\n\nThe cartoon Pocket, Where Is Home! ran for years.",
			[]string{"pocket, where is home!"}, nil},
		{"prose after a comma",
			"News\n\nIn Saltmoor, I met the crew on a cold night.",
			[]string{"saltmoor"}, []string{"saltmoor, i met"}},
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
