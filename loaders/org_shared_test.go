package loaders

import "testing"

// TestSharedMembership checks that "A and B, both members of X" makes
// both characters members, and that a list with no shared word does not.
func TestSharedMembership(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"both members", "Tom Fisk and Ann Bell play Ren Tao and Qi Lan, both ranked members of Nightwatch, the online league of amateur detectives.",
			[]string{"MEMBER_OF qi lan -> nightwatch", "MEMBER_OF ren tao -> nightwatch"}, nil},
		{"guard: no shared word", "Tom Fisk and Ann Bell play Ren Tao and Qi Lan, a ranked member of Nightwatch.",
			nil, []string{"MEMBER_OF ren tao -> nightwatch"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
