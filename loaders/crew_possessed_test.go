package loaders

import "testing"

// TestCrewPersonsTitle checks that a crew verb's object "P's F" credits
// the title F, not its director P, and that a place before "shot by"
// takes no credit.
func TestCrewPersonsTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"shot a director's film", "The cinematography is by Bill Tasvik, who shot Sam Ketter's Gloamer and deserved better material.",
			[]string{"WORKED_ON bill tasvik -> gloamer"}, []string{"WORKED_ON bill tasvik -> sam ketter"}},
		{"scored a director's film", "Jon Halley, who scored Jim Oster's \"The Cohort,\" takes over music duties.",
			[]string{"WORKED_ON jon halley -> cohort"}, []string{"WORKED_ON jon halley -> jim oster"}},
		{"guard: a place shot by", "The location work in France, shot by cinematographer Nadia Velsen, has a lovely grandeur.",
			nil, []string{"WORKED_ON nadia velsen -> france"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
