package loaders

import "testing"

// TestInitialsSpell checks initialsSpell on invented subtitles.
func TestInitialsSpell(t *testing.T) {
	for _, c := range []struct {
		sub, acr string
		want     bool
	}{
		{"special crimes unit", "scu", true},
		{"city of angels", "ca", true},
		{"los angeles", "la", true},
		{"dark and wild", "dawn", false},
		{"the return", "r", false},
		{"special crimes", "scu", false},
	} {
		t.Run(c.sub+"/"+c.acr, func(t *testing.T) {
			if got := initialsSpell(c.sub, c.acr); got != c.want {
				t.Errorf("initialsSpell(%q, %q) = %v, want %v", c.sub, c.acr, got, c.want)
			}
		})
	}
}

// TestMergeAcronymSubtitles checks mergeAcronymSubtitles: a headline's
// "X: SCU" is the body's "X: Special Crimes Unit", one film.
func TestMergeAcronymSubtitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"acronym subtitle", "'Harbor Sentry: SCU' Adds Mara Tolvane as Ada Stone\n\nMara Tolvane has joined Harbor Sentry: Special Crimes Unit for its ninth season, playing Ada Stone.",
			[]string{"Film:harbor sentry: special crimes unit"}, []string{"Film:harbor sentry: scu"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
