package loaders

import (
	"slices"
	"testing"
)

// TestCastAttachment checks the general cast and credit attachment shapes
// on invented sentences: every wanted line must be among the article's
// claims and no unwanted one.
func TestCastAttachment(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"parallel voice lists before the film", "Dana Holt, Omar Reyes and Lin Chao are all returning to voice Pip, Moss and Tully in Iron Creek.",
			[]string{"ACTED_IN dana holt -> iron creek as pip", "ACTED_IN omar reyes -> iron creek as moss", "ACTED_IN lin chao -> iron creek as tully"}, nil},
		{"parallel voice lists then a clause", "Dana Holt, Omar Reyes and Lin Chao are back to voice Pip, Moss and Tully, and Ezra Vale returns as Bolt.",
			[]string{"ACTED_IN dana holt -> iron creek as pip", "ACTED_IN lin chao -> iron creek as tully"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range c.not {
				if slices.Contains(got, n) {
					t.Errorf("unwanted %q in %q", n, got)
				}
			}
		})
	}
}
