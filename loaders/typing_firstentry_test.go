package loaders

import (
	"slices"
	"testing"
)

// TestFirstEntryFilm checks that the name a franchise or series began with
// ("began in 1979 with X", "launched in 2001 with X", "kicked off with
// the 1996 X") is typed a film of its own (typeFirstEntries), kept apart
// from the newer "X: Subtitle" the article is about, and that "with" after
// other verbs, or a person after such a verb, is left alone.
func TestFirstEntryFilm(t *testing.T) {
	const head = "'Harrow Bay: The Long Night' Sets Its Cast\n\n" +
		"Harrow Bay: The Long Night, a thriller from Neon, arrives in September with Jo Marsh as Wrenna. "
	cases := []struct {
		name, text string
		apart      bool
	}{
		{"began in a year with", "The Harrow Bay franchise began in 1979 with Harrow Bay, which made a star of Kit Moss.", true},
		{"launched in a year with", "It reboots the franchise Bo Li launched in 2001 with Harrow Bay, which starred Kit Moss.", true},
		{"kicked off with a dated name", "The franchise kicked off with the 1996 Harrow Bay.", true},
		{"guard: another verb before with", "Fans have fallen in love with Harrow Bay all over again.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := filmKeys(t, head+c.text+"\n", "2026-03-02")
			if apart := slices.Contains(got, "harrow bay"); apart != c.apart {
				t.Errorf("first film apart = %v, want %v; films %q", apart, c.apart, got)
			}
		})
	}
	t.Run("guard: a person the franchise began with", func(t *testing.T) {
		a := runArticle(t, "News\n\nThe franchise began in 2001 with Maria Kovac, who wrote it.\n")
		for mi := range a.ments {
			if m := &a.ments[mi]; m.text == "Maria Kovac" && m.typ == "Film" {
				t.Errorf("person typed a film")
			}
		}
	})
}
