package loaders

import "testing"

// TestVoiceAfterAdverbs checks "P once again provides the voice of C":
// closed-class adverbs between the actor and the giving verb, on invented
// sentences.
func TestVoiceAfterAdverbs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, an animated western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"once again", "Dana Frell once again provides the voice of Snuffle, the sheriff's dog.",
			[]string{"ACTED_IN dana frell -> iron creek as snuffle"}, nil},
		{"also", "Omar Reyes also lends the voice of Tully.",
			[]string{"ACTED_IN omar reyes -> iron creek as tully"}, nil},
		{"an adverb then a comma is no appositive", "Dana Frell also, the voice of Snuffle, was late.",
			nil, []string{"ACTED_IN dana frell -> iron creek as snuffle"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
