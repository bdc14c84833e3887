package loaders

import "testing"

// datedClaims runs the per-article steps on text dated date and returns
// its relationship claims as subjectFacts does.
func datedClaims(text, date string) []string {
	in := Input{Text: text}
	in.Article.ID, in.Article.Date = "t", date
	r := newArticle(&in).run()
	var claims []string
	for _, c := range r.claims {
		if c.rel == "" || c.subj < 0 || c.obj < 0 {
			continue
		}
		s := string(c.rel) + " " + r.ents[c.subj].key + " -> " + r.ents[c.obj].key
		if c.char >= 0 {
			s += " (" + r.ents[c.char].key + ")"
		}
		claims = append(claims, s)
	}
	return claims
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
