package loaders

import "testing"

// TestTypePartTitles checks that a name ending in a part word and its
// numeral ("Harbor Tales Chapter I", "Harbor Tales Part Two") is a film,
// and that a part word without a name before it is not typed by itself.
func TestTypePartTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"chapter one and two",
			"News\n\nThe studio's adaptation: Harbor Tales Chapter I, released in August, and Harbor Tales Chapter II, out today.",
			[]string{"harbor tales chapter i=Film", "harbor tales chapter ii=Film"}, nil},
		{"part two",
			"News\n\nKit Moss returns for Harbor Tales Part Two next spring.",
			[]string{"harbor tales part two=Film"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestTitleSigParts checks that titleSig reads "I" and number words after
// a part word as numbers, so "X Chapter I" and "X Chapter II" are two
// numbered forms of one base.
func TestTitleSigParts(t *testing.T) {
	for _, c := range []struct{ key, base, n string }{
		{"harbor tales chapter i", "harbor tales", "1"},
		{"harbor tales part two", "harbor tales", "2"},
		{"harbor tales chapter ii", "harbor tales", "2"},
		{"harbor i", "", ""},
	} {
		t.Run(c.key, func(t *testing.T) {
			if b, n := titleSig(c.key); b != c.base || n != c.n {
				t.Errorf("titleSig(%q) = %q, %q; want %q, %q", c.key, b, n, c.base, c.n)
			}
		})
	}
}

// TestCreditsIncludeInPassing checks that a film named in a list of
// credits ("whose credits include X") is named in passing, so the film the
// sentence goes on to report is the subject.
func TestCreditsIncludeInPassing(t *testing.T) {
	text := "Kit Moss has spent years on the book.\n\nThe director, whose credits include Lantern Bay, helmed the adaptation: Harbor Tales Chapter I, out in May."
	if got := subjectKey(text); got != "harbor tales chapter i" {
		t.Errorf("subject = %q, want %q", got, "harbor tales chapter i")
	}
}
