package loaders

import "testing"

// TestScoreCredits checks that writing or composing "the score" is a
// composer's WORKED_ON credit (with a co-composer after "with"), never a
// writer's, and that "our director of photography is P" credits P even
// when the next clause's subject follows ", and".
func TestScoreCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"wrote the score", "Ola Berg wrote the score.",
			[]string{"WORKED_ON ola berg -> iron creek"}, []string{"WROTE ola berg -> iron creek"}},
		{"is writing a new score", "Composer Ola Berg is writing a new score around the old theme.",
			[]string{"WORKED_ON ola berg -> iron creek"}, []string{"WROTE ola berg -> iron creek"}},
		{"composed the score with a co-composer", "Ola Berg composed the score with Tom Li.",
			[]string{"WORKED_ON ola berg -> iron creek", "WORKED_ON tom li -> iron creek"}, nil},
		{"guard: wrote the script stays a writer", "Ola Berg wrote the script with Tom Li.",
			[]string{"WROTE ola berg -> iron creek", "WROTE tom li -> iron creek"}, []string{"WORKED_ON tom li -> iron creek"}},
		{"director of photography, then a new clause", "Our director of photography is Ana Vittor, and Ola Berg wrote the score.",
			[]string{"WORKED_ON ana vittor -> iron creek", "WORKED_ON ola berg -> iron creek"}, []string{"WROTE ola berg -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
