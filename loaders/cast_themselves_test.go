package loaders

import "testing"

// TestSelfCameo checks selfCameo: the people who "make cameos as
// themselves in F" (past an appositive) acted in F; no title, no credit.
func TestSelfCameo(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"cameos as themselves past an appositive",
			"News\n\nThe studio said Lia Monroe and Pim Dekker, regulars on the tour, will make cameos as themselves in Rink Life.",
			[]string{"ACTED_IN lia monroe -> rink life", "ACTED_IN pim dekker -> rink life"}, nil},
		{"appears as herself",
			"News\n\nJuno Hale appears as herself in Dog Watch: Reunion.",
			[]string{"ACTED_IN juno hale -> dog watch: reunion"}, nil},
		{"no title",
			"News\n\nJuno Hale appears as herself in a short scene.",
			nil, []string{"ACTED_IN juno hale -> scene"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
