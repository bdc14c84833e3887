package loaders

import "testing"

// TestClauseOpenerNumberTitle checks that a conjunction opening a sentence
// is no part of the numbered title after it ("When Orbit 7 premiered"),
// while a sentence that opens with a numbered title of capitalised words
// ("Upside Creek 2 opened") or a title met earlier keeps its first word.
func TestClauseOpenerNumberTitle(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"when opens the clause",
			"News\n\nWhen Orbit Tallow 7 premiered on January 26, 1994, it drew few viewers.",
			[]string{"orbit tallow 7"}, []string{"when orbit tallow 7"}},
		{"while opens the clause",
			"News\n\nWhile Harbour Glint 3 was on the air, ratings grew.",
			[]string{"harbour glint 3"}, []string{"while harbour glint 3"}},
		{"a numbered title opens the sentence",
			"News\n\nUpside Creek 2 opened to $40 million.",
			[]string{"upside creek 2"}, nil},
		{"a function-word title met earlier stays whole",
			"News\n\nThe studio released After Dusk Falls 2 in May. After Dusk Falls 2 opened to $40 million.",
			[]string{"after dusk falls 2"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
