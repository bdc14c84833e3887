package loaders

import "testing"

// TestFranchiseTheOpeners checks that a franchise named at a sentence's
// opening "The X universe" keeps its "The" when the article writes works
// "The X: Y" mid-sentence, and not when it writes none.
func TestFranchiseTheOpeners(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"works written with The", "Ada Pell wrote the novels in 1990.\n\nThe Gorvath universe also includes the films The Gorvath: Red Sky and The Gorvath: Cold Sea.", true},
		{"guard: no work written with The", "Ada Pell wrote the novels in 1990.\n\nThe Gorvath universe also includes the films Red Sky and Cold Sea.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			for mi := range a.ments {
				if m := &a.ments[mi]; m.key == "gorvath" && m.theOpen {
					if got := a.display(mi) == "The Gorvath"; got != c.want {
						t.Errorf("display %q, want The: %v", a.display(mi), c.want)
					}
					return
				}
			}
			t.Fatal("no sentence-opening mention of the franchise")
		})
	}
}
