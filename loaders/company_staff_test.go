package loaders

import "testing"

// TestPossessiveStaff checks "P, O's title" (a person's post at a
// company) and "C, X's role" for a body's name: MEMBER_OF with the role,
// never for a person's or a character's possessive.
func TestPossessiveStaff(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"executive of a company", "\"Families showed up,\" said Chris Allen, Neon's president of domestic distribution.",
			[]string{"MEMBER_OF chris allen -> neon"}, nil},
		{"character's post in an all-capitals body", "Kate Lind plays Nora Vale, APEX's technical director.",
			[]string{"MEMBER_OF nora vale -> apex"}, nil},
		{"guard: a character's possessive", "Ed Moss plays Vulk, Varrick's lieutenant.",
			nil, []string{"MEMBER_OF vulk -> varrick"}},
		{"guard: a person's possessive", "Ann Bell, Kate Lind's longtime agent, declined to comment.",
			nil, []string{"MEMBER_OF ann bell -> kate lind"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
