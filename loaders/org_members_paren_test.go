package loaders

import "testing"

// TestOrgMembersPastPlayer checks that orgMembers reads the appositive
// after a character's player in parentheses ("C (P), the head of X").
func TestOrgMembersPastPlayer(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a player in parentheses", "Nell Quarry (Dora Vance), the associate at Tamsin & Hale, is back.",
			[]string{"MEMBER_OF nell quarry -> tamsin & hale"}, nil},
		{"guard: no appositive", "Nell Quarry (Dora Vance) joins Tamsin & Hale in the finale.",
			nil, []string{"MEMBER_OF nell quarry -> tamsin & hale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
