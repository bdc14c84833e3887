package loaders

import "testing"

// TestTitleAppositiveCast checks pastTitleAppositive inside
// castAfterTitle: the cast after a title's appositive ("F, the 2018
// follow-up that starred P as C", "F, directed by Q, with P as C") is
// F's; a list of films with "as" after a typed title spreads its part.
func TestTitleAppositiveCast(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the follow-up that starred",
			"News\n\nShe last appeared in Dust Kings: Mexico, the 2019 follow-up that starred Tavo Lenz as the smuggler Ruiz Calder.",
			[]string{"ACTED_IN tavo lenz -> dust kings: mexico (ruiz calder)"}, nil},
		{"directed by, with",
			"News\n\nThe last outing was Lionsgate's 2017 feature Iron Rangers 2, directed by Dana Frell, with Kip Moreno as Jace.",
			[]string{"ACTED_IN kip moreno -> iron rangers 2 (jace)"}, []string{"ACTED_IN dana frell -> iron rangers 2"}},
		{"two titles before as",
			"News\n\nTom Reyes, who starred in Dance Floor 4 and Dance Floor: Finale as Kai Ono, plays a developer.",
			[]string{"ACTED_IN tom reyes -> dance floor 4", "ACTED_IN tom reyes -> dance floor: finale"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
