package loaders

import "testing"

// TestSpinOffOfSubject checks that a spin-off or prequel whose sentence
// names no parent, in an article with no franchise, continues the
// article's own show, and that a named parent or a franchise still wins.
func TestSpinOffOfSubject(t *testing.T) {
	const head = " date 2026-05-01\n'Harbor Lights' Returns for Season 9\n\nHarbor Lights, the long-running hospital drama, returns for its ninth season on Thursday. Maya Brandt stars as a surgeon. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"appositive spin-off", "The premiere nods to Dock Nine, the firefighter spin-off that ended in 2024.",
			[]string{"SPIN_OFF_OF dock nine -> harbor lights"}, nil},
		{"the spin-off Y", "Brandt also appeared on the spin-off The Rescue Dock last year.",
			[]string{"SPIN_OFF_OF rescue dock -> harbor lights"}, nil},
		{"guard: a parent the text names", "Brandt also appeared on The Rescue Dock, a spin-off of its sister drama.",
			nil, []string{"SPIN_OFF_OF rescue dock -> harbor lights"}},
		{"named parent wins", "Brandt also appeared on Dock Nine, a spin-off of Night Shift.",
			[]string{"SPIN_OFF_OF dock nine -> night shift"}, []string{"SPIN_OFF_OF dock nine -> harbor lights"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestSpinOffOfSubjectContinuation checks that the fallback leaves a
// spin-off unlinked when the article's own title reads as a later
// instalment ("X: Subtitle", "X 2"): its parent is likelier the original.
func TestSpinOffOfSubjectContinuation(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"subtitled subject", " date 2026-05-01\n'Harbor Lights: Night Watch' Sets Its Date\n\nHarbor Lights: Night Watch, the hospital drama's new chapter, arrives on Thursday. The premiere nods to Dock Nine, the firefighter spin-off that ended in 2024.\n",
			nil, []string{"SPIN_OFF_OF dock nine -> harbor lights: night watch"}},
		{"numbered subject", " date 2026-05-01\n'Harbor Lights 2' Sets Its Date\n\nHarbor Lights 2, the hospital film's sequel, arrives on Thursday. The premiere nods to Dock Nine, the firefighter spin-off that ended in 2024.\n",
			nil, []string{"SPIN_OFF_OF dock nine -> harbor lights 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, c.text), c.want, c.not)
		})
	}
}
