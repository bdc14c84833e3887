package loaders

import "testing"

// TestSectionAgents checks the characters of a guide's entry under a
// film heading on invented sentences.
func TestSectionAgents(t *testing.T) {
	const head = " date 2026-05-01\nHow to Watch the Iron Creek Movies in Order\n\nIron Creek (2019)\n\nRay Frell stars as Manny Vos, and Lena Park stars as Dale Orrin.\n\nFrost Valley (2021)\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"plot names appear in the heading's film", "The second movie strands Manny Vos and Dale Orrin on an iceberg.",
			[]string{"APPEARS_IN manny vos -> frost valley", "APPEARS_IN dale orrin -> frost valley"}, nil},
		{"a plot passive keeps its character", "The second movie has Manny Vos chased by Dale Orrin across the ice.",
			[]string{"APPEARS_IN dale orrin -> frost valley"}, nil},
		{"makers after by are no characters", "The second movie, co-created by Frell and Dale Orrin, strands Manny Vos on an iceberg.",
			[]string{"APPEARS_IN manny vos -> frost valley"}, []string{"APPEARS_IN dale orrin -> frost valley"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
