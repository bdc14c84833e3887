package loaders

import "testing"

// TestUntypeInstitutionNames checks that a long name ending in an
// institution's word is no film (a charity named for donations), while a
// long title is still one.
func TestUntypeInstitutionNames(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a charity is no film",
			"News\n\nKit Moss died Tuesday. The family asked that donations be made to the Screen Actors & Stagehands Fund.",
			nil, []string{"Film:screen actors & stagehands fund"}},
		{"a weekday's plural is no film",
			"News\n\nHarbor Lights airs Thursdays on HBO and moves to its Sunday-night slot in May.",
			nil, []string{"Film:thursdays", "Film:sunday-night"}},
		{"a long title stays a film",
			"News\n\nKit Moss died Tuesday. Her best work was in Ghosts of the Harbor Road.",
			[]string{"Film:ghosts of the harbor road"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
