package loaders

import "testing"

// datedClaims runs the per-article steps on text dated date and returns
// its relationship claims as subjectFacts does.
func datedClaims(text, date string) []string {
	return claimLines(localRun(text, date), " (", ")")
}

// TestOtherFilmSentences checks otherFilmSentences: the credits of a
// sentence opening with an earlier, unnamed production ("A 2014 remake")
// do not go to the article's subject, and those of a sentence opening
// with "That film" go to the film named just before it.
func TestOtherFilmSentences(t *testing.T) {
	text := "Studio Orders 'Iron Warden: Harbor' Series\n\n" +
		"The studio has ordered Iron Warden: Harbor, a drama series, for its streamer. Ada Pell will write the series.\n\n" +
		"The story began with the film Steel Gate in 1987. That film, penned by Bo Reyes, starred Kit Moss as Alex Vane. " +
		"A 2014 remake from director Dan Ruiz, with Joel Varga as Vane, was distributed by Sony."
	claims := datedClaims(text, "2025-01-29")
	checkLines(t, claims,
		[]string{"WROTE ada pell -> iron warden: harbor", "WROTE bo reyes -> steel gate"},
		[]string{"WROTE bo reyes -> iron warden: harbor", "DIRECTED dan ruiz -> iron warden: harbor", "ACTED_IN joel varga -> iron warden: harbor (vane)"})
}

// TestEarlierShort checks earlierShort: a short form dated with an earlier
// year (after it, in brackets, or as a year's possessive) stays the earlier film, apart from the newer
// "X: Subtitle"; an undated short form is the long title's.
func TestEarlierShort(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"dated earlier", "News\n\nThe studio ordered Iron Warden: Harbor, a drama series. The first film, Iron Warden in 1987, starred Kit Moss.",
			[]string{"Film:iron warden", "Film:iron warden: harbor"}, nil},
		{"bracketed year", "News\n\nThe studio ordered Iron Warden: Harbor, a drama series. Kit Moss starred in the film Iron Warden (1987).",
			[]string{"Film:iron warden", "Film:iron warden: harbor"}, nil},
		{"year's possessive", "News\n\nThe studio ordered Iron Warden: Harbor, a drama series. It picks up after 1987's Iron Warden, which starred Kit Moss.",
			[]string{"Film:iron warden", "Film:iron warden: harbor"}, nil},
		{"undated short form", "News\n\nThe studio ordered Iron Warden: Harbor, a drama series. Iron Warden will stream in May.",
			[]string{"Film:iron warden: harbor"}, []string{"Film:iron warden"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := localRun(c.text, "2025-01-29")
			var ents []string
			for _, e := range r.ents {
				ents = append(ents, string(e.typ)+":"+e.key)
			}
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestTimeAfterEarlierShort checks that a bare title written after a span
// of time and "after" (past an owner's possessive) or after "since" stays
// a film of its own beside the subtitled new one, and that a bare short
// form without such a cue still joins it.
func TestTimeAfterEarlierShort(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"decades after the owner's title",
			"Kit Moss on 'Harbor: Nightfall'\n\nTwo decades after ABC's Harbor told a nation to hold on, Kit Moss is back with Harbor: Nightfall, a new chapter. Harbor: Nightfall is in production in Toronto.",
			[]string{"Film:harbor", "Film:harbor: nightfall"}, nil},
		{"since",
			"News\n\nHarbor: Nightfall is the first new chapter since Harbor ended. Harbor: Nightfall films in Toronto.",
			[]string{"Film:harbor", "Film:harbor: nightfall"}, nil},
		{"a plain short form joins",
			"News\n\nHarbor: Nightfall is in production in Toronto. Kit Moss said Harbor will film all year.",
			[]string{"Film:harbor: nightfall"}, []string{"Film:harbor"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
