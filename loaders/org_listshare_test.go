package loaders

import "testing"

// TestListMembersShared checks that a plural description after a list
// of characters gives every character of the list the body ("A and B of
// the X", "A and B, the last members of the X", "A and her partner, B,
// both now officers of the X", "A and B, the hunters who run X"), and
// that a singular post stays with the last character.
func TestListMembersShared(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a list of the body", "Rita Sol and Tom Li reprise their roles as Mara Quinn and Joe Park of the Redfen Brigade.",
			[]string{"MEMBER_OF mara quinn -> redfen brigade", "MEMBER_OF joe park -> redfen brigade"}, nil},
		{"plural members", "Rita Sol and Tom Li play Mara Quinn and Joe Park, the last surviving members of the House of Vell.",
			[]string{"MEMBER_OF mara quinn -> house of vell", "MEMBER_OF joe park -> house of vell"}, nil},
		{"both now officers, past a kin noun", "Rita Sol and Tom Li voice Mara Quinn and her partner, Joe Park, both now officers of the Harbor Police Department.",
			[]string{"MEMBER_OF mara quinn -> harbor police department", "MEMBER_OF joe park -> harbor police department"}, nil},
		{"who run, plural", "Rita Sol and Tom Li play Mara Quinn and Joe Park, the ghost hunters who run Spectral Lantern, a paranormal outfit.",
			[]string{"MEMBER_OF mara quinn -> spectral lantern", "MEMBER_OF joe park -> spectral lantern"}, nil},
		{"guard: a singular post", "Rita Sol and Tom Li play Mara Quinn and Joe Park, the leader of the House of Vell.",
			[]string{"MEMBER_OF joe park -> house of vell"}, []string{"MEMBER_OF mara quinn -> house of vell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
