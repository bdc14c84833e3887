package loaders

import "testing"

// TestMemberTailNouns checks that a lower-case group noun after the body
// a member's role names joins the body's name ("the head of the X
// family" → "X family"), past one modifier ("crime", "parish",
// "federal"), and that a noun going on into a longer phrase or a place
// before a crime family is left alone.
func TestMemberTailNouns(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a drama from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the X family", "Al Pane returned as Mikel Varone, now the head of the Varone family, colder than before.",
			[]string{"MEMBER_OF mikel varone -> varone family"}, []string{"MEMBER_OF mikel varone -> varone"}},
		{"the X crime family", "Ray Winton plays Bobby Tash, the head of the Tash crime family.",
			[]string{"MEMBER_OF bobby tash -> tash crime family"}, []string{"MEMBER_OF bobby tash -> tash"}},
		{"the X parish council", "Dana Frenn plays Desmond Pilk, the most timid member of the Wexley parish council, across four specials.",
			[]string{"MEMBER_OF desmond pilk -> wexley parish council"}, []string{"MEMBER_OF desmond pilk -> wexley"}},
		{"a fixer for the X family", "Rhys Morten is in talks to play Conrad Vell, a fixer for the Dorrani family.",
			[]string{"MEMBER_OF conrad vell -> dorrani family"}, nil},
		{"guard: the noun goes on", "Ken Arlo plays Lou Pardee, the weary desk sergeant of the Harbor police procedural Dock Nine.",
			nil, []string{"MEMBER_OF lou pardee -> harbor police"}},
		{"guard: a place before a crime family", "Tom Hale plays Conrad Harl, the head of the London crime family, in the new season.",
			nil, []string{"MEMBER_OF conrad harl -> london crime family"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
