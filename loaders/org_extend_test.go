package loaders

import "testing"

// TestBodyTailNouns checks that a lower-case body noun after "the" and a
// name becomes part of the body's name ("the X clan" → "X clan"), and
// that a capitalised noun or a person's name is left alone.
func TestBodyTailNouns(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the X clan", "Gian Pessa is the rifle-loving Ramon Ferro, the head of the Ferro clan.",
			[]string{"MEMBER_OF ramon ferro -> ferro clan"}, []string{"MEMBER_OF ramon ferro -> ferro"}},
		{"a place's cartel", "Rodrigo Velas is Hector Lanza, founder of the Guadalajara cartel.",
			[]string{"MEMBER_OF hector lanza -> guadalajara cartel"}, nil},
		{"the X navy", "Corvin Ilse played Ismerene, commander of the Persian navy.",
			[]string{"MEMBER_OF ismerene -> persian navy"}, nil},
		{"guard: a person's name before the noun", "Dana Wells plays Ana Vittor, the head of the Mary Jones gang.",
			nil, []string{"MEMBER_OF ana vittor -> mary jones gang"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
