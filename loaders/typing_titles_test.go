package loaders

import (
	"slices"
	"testing"
)

// TestTitlesWithSmallWords checks that a title with lower-case small words
// inside is read whole and becomes the article's subject film, so that
// its credits attach to it: titles are invented.
func TestTitlesWithSmallWords(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"'to the' inside", " date 2026-05-01\n'Return to the Lighthouse' Sets Its Director\n\nReturn to the Lighthouse is a drama from Neon. The film is directed by Ana Vittor.",
			"DIRECTED ana vittor -> return to the lighthouse"},
		{"'in' inside", " date 2026-05-01\n'Girls in Grey' Finds Its Star\n\nGirls in Grey arrives in June. The film stars Tom Akers as Vic Lowe.",
			"ACTED_IN tom akers -> girls in grey as vic lowe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := localFacts(t, c.text); !slices.Contains(got, c.want) {
				t.Errorf("missing %q in %q", c.want, got)
			}
		})
	}
}

// TestOwnedWorkAppositive checks typeAppositiveTitles on an appositive
// that names the owner's work (ownedWorkAppositive): the name before it
// is a title; an appositive about a person's job is not.
func TestOwnedWorkAppositive(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"directing debut", "His first line was in Quiet Harbor, Mara Quell's 1980 directing debut, and he never looked back.",
			[]string{"Film:quiet harbor"}, []string{"Person:quiet harbor"}},
		{"owner's show", "The streamer is also home to Lucky Streak, Ivo Serro's mystery-of-the-week show with Nadia Lind.",
			[]string{"Film:lucky streak"}, nil},
		{"guard: a job", "The cast includes Dana Rowe, Ivo Serro's longtime collaborator, and others.",
			nil, []string{"Film:dana rowe"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestAppositiveOwnerNoun checks typeAppositiveTitles: "X, the sequel's
// director," describes a person of the sequel, not X as a production.
func TestAppositiveOwnerNoun(t *testing.T) {
	ents, _ := subjectFacts("News\n\nOrvo Van Tassel, the sequel's director, shares writing credit with Dana Rowe.\n")
	checkLines(t, ents, nil, []string{"Film:orvo van tassel"})
}
