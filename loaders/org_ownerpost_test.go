package loaders

import "testing"

// TestOwnerPost checks chainPost after a character's possessive: describing
// words before a peer noun ("D's smug business partner at the X"), the
// body after "in" or "on the" ("D's former commanding officer in the X",
// "D's partner on the X"), and the possessor credited with the body too
// when it is a character; kin and a preposition of place stay unread.
func TestOwnerPost(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Ana Hale plays Dot Vance and Tom Li plays Eli Crane. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"describing words before a peer noun", "Rita Sol plays Mara Quinn, Dot's smug business partner at Corvane Logistics.",
			[]string{"MEMBER_OF mara quinn -> corvane logistics", "MEMBER_OF dot vance -> corvane logistics"}, nil},
		{"a rank in a body", "Rita Sol plays Mara Quinn, Eli's former commanding officer in the Brass Legion.",
			[]string{"MEMBER_OF mara quinn -> brass legion", "MEMBER_OF eli crane -> brass legion"}, nil},
		{"a partner on the body", "Rita Sol plays Mara Quinn, Dot's wisecracking partner on the Harbor Squad.",
			[]string{"MEMBER_OF mara quinn -> harbor squad", "MEMBER_OF dot vance -> harbor squad"}, nil},
		{"guard: kin on the body", "Rita Sol plays Mara Quinn, Dot's younger sister on the Harbor Squad.",
			nil, []string{"MEMBER_OF mara quinn -> harbor squad", "MEMBER_OF dot vance -> harbor squad"}},
		{"guard: a place after from", "Rita Sol plays Mara Quinn, Dot's old partner from the Bronx.",
			nil, []string{"MEMBER_OF mara quinn -> bronx", "MEMBER_OF dot vance -> bronx"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
