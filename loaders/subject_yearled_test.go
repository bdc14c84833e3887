package loaders

import (
	"slices"
	"testing"
)

// filmKeys runs the per-article pipeline on text (dated date) and returns the keys of
// its film entities.
func filmKeys(tb testing.TB, text, date string) []string {
	tb.Helper()
	var out []string
	for _, e := range localRun(text, date).ents {
		if e.typ == "Film" {
			out = append(out, e.key)
		}
	}
	return out
}

// TestYearLedEarlierFilm checks that a short title a year before the
// article's leads in its noun phrase ("the 1996 X", "his 2018 hit 'X'",
// "Its 2005 predecessor, X") stays a film of its own beside "X:
// Subtitle" (yearLedName), and that a year after "in" ("in 2014 with X")
// or the article's own year does not part them.
func TestYearLedEarlierFilm(t *testing.T) {
	const head = "'Harrow Bay: The Long Night' Sets Its Cast\n\n" +
		"Harrow Bay: The Long Night, a thriller from Neon, arrives in September with Jo Marsh as Wrenna. "
	cases := []struct {
		name, text string
		apart      bool
	}{
		{"year before the name", "It follows the 1996 Harrow Bay, which Bo Li directed.", true},
		{"year and a noun before a quoted name", "It follows his 2018 hit \"Harrow Bay,\" which Bo Li directed.", true},
		{"appositive after a dated noun", "Its 2005 predecessor, Harrow Bay, grossed $30 million.", true},
		{"possessive maker and year", "It follows Bo Li's 2009 Harrow Bay.", true},
		{"guard: a time after 'in'", "The shoot wrapped in 2014 with Harrow Bay still untitled.", false},
		{"guard: no year", "Harrow Bay will be the first of three films.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := filmKeys(t, head+c.text+"\n", "2026-03-02")
			if apart := slices.Contains(got, "harrow bay"); apart != c.apart {
				t.Errorf("short title apart = %v, want %v; films %q", apart, c.apart, got)
			}
			if !slices.Contains(got, "harrow bay: the long night") {
				t.Errorf("no subtitled film in %q", got)
			}
		})
	}
}

// TestYearLedName checks the mention test itself: a year before the
// article's leads the name; the article's own year, a year after "in" and
// a preposition between do not.
func TestYearLedName(t *testing.T) {
	cases := []struct {
		name, sent string
		want       bool
	}{
		{"year before the name", "It follows the 1996 Harrow Bay.", true},
		{"two words between", "It follows the 2004 Hollywood remake Harrow Bay.", true},
		{"guard: the article's own year", "It follows the 2026 Harrow Bay.", false},
		{"guard: a year after in", "It began in 2014 Harrow Bay.", false},
		{"guard: a preposition between", "It began in 2014 with Harrow Bay.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runDated("News\n\n"+c.sent+"\n", "2026-03-02")
			got := false
			for mi := range a.ments {
				if a.ments[mi].text == "Harrow Bay" {
					got = a.yearLedName(&a.ments[mi], a.dateYear())
				}
			}
			if got != c.want {
				t.Errorf("yearLedName = %v, want %v", got, c.want)
			}
		})
	}
}
