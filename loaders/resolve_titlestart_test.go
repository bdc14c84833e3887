package loaders

import (
	"context"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestTitleStartsWith checks which titles that begin with a franchise's
// name are entries of it: a subtitle, a number, a numeral word or a word of
// the entry's own, but not a title joining the name to another.
func TestTitleStartsWith(t *testing.T) {
	cases := []struct {
		name  string
		title string
		want  bool
	}{
		{"a subtitle", "wexmoor: the last gate", true},
		{"a number and a subtitle", "wexmoor 3: the last gate", true},
		{"a roman numeral ten", "wexmoor x", true},
		{"a 3d entry", "wexmoor 3d", true},
		{"a word of its own", "wexmoor salvation", true},
		{"guard: the name itself", "wexmoor", false},
		{"guard: a joined title", "wexmoor and the fox", false},
		{"guard: of", "wexmoor of the hills", false},
		{"guard: a longer word", "harrowgate", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := titleStartsWith(c.title, []string{"wexmoor"}); got != c.want {
				t.Errorf("titleStartsWith(%q) = %v, want %v", c.title, got, c.want)
			}
		})
	}
}

// TestArticlelessEntry checks that a title led by "A" or "An" is an entry
// of the franchise named without it, and that "The" is not dropped.
func TestArticlelessEntry(t *testing.T) {
	cases := []struct {
		name, title string
		want        bool
	}{
		{"a leading a", "a wexmoor 2: the return", true},
		{"a leading an", "an wexmoor story: the return", true},
		{"guard: a leading the stays", "the wexmoor 2: the return", false},
		{"guard: no article", "wexmoor 2: the return", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := titleStartsWith(articleless(c.title), []string{"wexmoor"}); got != c.want {
				t.Errorf("titleStartsWith(articleless(%q)) = %v, want %v", c.title, got, c.want)
			}
		})
	}
}

// TestArticlelessEntryLink checks over the whole extraction that the
// entries "A X 2: Y" of a franchise the article names "the X franchise"
// are part of it.
func TestArticlelessEntryLink(t *testing.T) {
	in := Input{Text: " date 2026-05-01\nEvery Film Ranked\n\nAda Pell has written for the Night at Gorvath Lake franchise since 1996. " +
		"She directed A Night at Gorvath Lake 2: Deep Water in 1999.\n"}
	in.Article.ID = "t"
	res, err := Extract(context.Background(), []Input{in}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range res.Articles {
		for _, c := range a.Claims {
			if c.Relation == kg.PartOf && c.Subject == "film:a-night-at-gorvath-lake-2-deep-water" && c.Object == "franchise:night-at-gorvath-lake" {
				return
			}
		}
		t.Errorf("no PART_OF entry -> franchise among %v", a.Claims)
	}
}
