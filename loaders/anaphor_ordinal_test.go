package loaders

import "testing"

// TestOriginalFallback checks the film "the first film" / "the original"
// names when the subject's title continues no other title, on invented
// articles ("" for none).
func TestOriginalFallback(t *testing.T) {
	cases := []struct {
		name string
		text string
		want string
	}{
		{"the subject is the first film of titled sequels",
			" date 2026-05-01\n'Harbor Lights' turns 30: how the thriller holds up\n\n\"Harbor Lights\" opened in theaters in 1996 and made $90 million. Paxon Studios followed it with \"Harbor Lights: Blood Tide\" (1999) and \"Harbor Lights: Last Watch\" (2003). Mara Quell, who directed the original, did not return for the sequels.",
			"harbor lights"},
		{"no later title continues the subject: none",
			" date 2026-05-01\n'Harbor Lights' turns 30: how the thriller holds up\n\n\"Harbor Lights\" opened in theaters in 1996 and made $90 million. Mara Quell, who directed the original, did not return for the remake.",
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runDated(c.text, "")
			got := ""
			if e := a.originalFallback(); e >= 0 {
				got = a.ents[e].key
			}
			if got != c.want {
				t.Errorf("originalFallback() = %q, want %q", got, c.want)
			}
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
			a := runDated(" date 2026-05-01\nGlass Orchard news\n\n"+c.text, "")
			if got := a.datedFilmBy(c.year); got != c.want {
				t.Errorf("datedFilmBy(%d) = %v, want %v", c.year, got, c.want)
			}
		})
	}
}
