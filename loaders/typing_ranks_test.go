package loaders

import (
	"slices"
	"testing"
)

// TestRankedCharacters checks that a rank before a name types a
// character, that "Dr. Hale" joins "Dr. Lawrence Hale", and that a rank
// before "of" or before another title is left alone.
func TestRankedCharacters(t *testing.T) {
	ents, _ := subjectFacts("News\n\nThe story is grim. Sheriff Walt Brannock is the top lawman in a county, and Deputy Frank Hollis is left for dead. " +
		"Cary Lowe is the other man, Dr. Lawrence Hale. The sequel brings back Lowe as Dr. Hale. " +
		"The show opens at the Princess of Wales Theatre.")
	for _, w := range []string{"Character:sheriff walt brannock", "Character:deputy frank hollis", "Character:dr. lawrence hale"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
	for _, w := range []string{"Character:dr. hale", "Character:princess of wales theatre"} {
		if slices.Contains(ents, w) {
			t.Errorf("unwanted %q; got %v", w, ents)
		}
	}
}

// TestRankedTitles checks that a rank opening a numbered title, or a name
// the article also writes with a number, types no character.
func TestRankedTitles(t *testing.T) {
	ents, _ := subjectFacts("News\n\nTova Lind has boarded Inspector Vale 4, the next chapter of the saga. " +
		"Inspector Vale 3 opened in 2021, and the streaming spin-off Inspector Vale followed a year later.\n")
	checkLines(t, ents, nil, []string{"Character:inspector vale 4", "Character:inspector vale 3", "Character:inspector vale"})
}

// TestEmployerAcronyms checks dropEmployerAcronyms: an acronym before a
// rank opening a character's name is dropped with the ranks while two
// words stay; a name the acronym opens without a rank is left alone.
func TestEmployerAcronyms(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"acronym and ranks", "Nadia Lind stars as CIA Deputy Director Rhea Vance in Cold Pines.",
			[]string{"Character:rhea vance"}, []string{"Character:cia deputy director rhea vance"}},
		{"acronym and one rank", "Nadia Lind stars as NYPD Detective Vance in Cold Pines.",
			nil, []string{"Character:nypd detective vance"}},
		{"guard: no rank", "Nadia Lind stars as BBC Rhea Vance in Cold Pines.",
			nil, []string{"Character:rhea vance", "Character:detective vance"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
