package loaders

import (
	"strings"
	"testing"
)

// TestCreditCompounds checks the hyphen-fused credit: tokens splits the
// name from "-directed"/"-starrer", typeCreditCompounds types the name a
// person and, after "starrer", the next name a film; a prefix at a
// sentence's start ("Co-directed") stays one word.
func TestCreditCompounds(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"directed",
			"News\n\nThe Orla Venn-directed film has grossed $40 million.",
			[]string{"orla venn=Person"}, []string{"orla venn-directed"}},
		{"starrer",
			"News\n\nNext week the Tavi Mehrotra-starrer Iron Monsoon arrives in cinemas.",
			[]string{"tavi mehrotra=Person", "iron monsoon=Film"}, nil},
		{"one-word name before starrer",
			"News\n\nThe Karunesh-starrer Blue Ferry opened on Friday.",
			[]string{"karunesh=Person", "blue ferry=Film"}, nil},
		{"prefix at a sentence's start",
			"News\n\nCo-directed by Orla Venn and Pim Ader, the film opened.",
			nil, []string{"co=Film", "co=Person"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := mentionTypes(c.text)
			checkLines(t, lines, c.want, c.not)
			for _, l := range lines {
				if strings.HasPrefix(l, "co=") && l != "co=" {
					t.Errorf("prefix typed: %s", l)
				}
			}
		})
	}
}
