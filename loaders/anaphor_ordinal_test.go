package loaders

import "testing"

// TestOriginalFallback checks that "the first film" / "the original" in a
// credit finds its film when the subject's title continues no other
// title, on invented articles.
func TestOriginalFallback(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the subject is the first film of titled sequels",
			" date 2026-05-01\n'Harbor Lights' turns 30: how the thriller holds up\n\n\"Harbor Lights\" opened in theaters in 1996 and made $90 million. Paxon Studios followed it with \"Harbor Lights: Blood Tide\" (1999) and \"Harbor Lights: Last Watch\" (2003). Mara Quell, who directed the original, did not return for the sequels.",
			[]string{"DIRECTED mara quell -> harbor lights"}, []string{"DIRECTED mara quell -> harbor lights: blood tide"}},
		{"the subject's sequel link names the first film",
			" date 2026-05-01\nStudio orders Glass Orchard sequel\n\nVantor Pictures is making \"Night of the Orchard\", a sequel to \"Glass Orchard\". Tobin Reyes, who wrote the first film, is writing the new script.",
			[]string{"WROTE tobin reyes -> glass orchard"}, []string{"WROTE tobin reyes -> night of the orchard"}},
		{"no later title continues the subject: no credit",
			" date 2026-05-01\n'Harbor Lights' turns 30: how the thriller holds up\n\n\"Harbor Lights\" opened in theaters in 1996 and made $90 million. Mara Quell, who directed the original, did not return for the remake.",
			nil, []string{"DIRECTED mara quell -> harbor lights"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, c.text), c.want, c.not)
		})
	}
}

// TestYearFilmRef checks "the 1996 film" in a credit when the article
// dates a film to that year, on an invented article.
func TestYearFilmRef(t *testing.T) {
	const text = " date 2026-05-01\nStudio orders Glass Orchard sequel\n\nVantor Pictures is making \"Night of the Orchard\", a sequel to \"Glass Orchard\". \"Glass Orchard\" (1996) made $40 million. Tobin Reyes, who scored the 1996 film, returns to compose the music."
	checkLines(t, localFacts(t, text), []string{"WORKED_ON tobin reyes -> glass orchard"}, nil)
}

// TestDatedFilmBy checks which years an article dates a film to or
// before, and the first film read for an undated year, on invented
// articles.
func TestDatedFilmBy(t *testing.T) {
	cases := []struct {
		name string
		text string
		year int
		want bool
	}{
		{"bracketed year", "Vantor Pictures released the thriller \"Glass Orchard\" (1996).", 1996, true},
		{"a later year", "Vantor Pictures released the thriller \"Glass Orchard\" (1996).", 2004, true},
		{"an earlier year", "Vantor Pictures released the thriller \"Glass Orchard\" (1996).", 1990, false},
		{"possessive year", "Vantor's sequel to 1996's Glass Orchard opens Friday.", 1996, true},
		{"no year", "\"Glass Orchard\" made $40 million.", 1996, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := Input{Text: " date 2026-05-01\nGlass Orchard news\n\n" + c.text}
			in.Article.ID = "t"
			a := newArticle(&in)
			a.run()
			if got := a.datedFilmBy(c.year); got != c.want {
				t.Errorf("datedFilmBy(%d) = %v, want %v", c.year, got, c.want)
			}
		})
	}
}
