package loaders

import "testing"

// TestPossessiveCastTitle checks that a "The"-led title after a person's
// possessive is that person's work, not a part they play ("Ana Weir's The
// Long Orbit"), while "P's C" still names a part.
func TestPossessiveCastTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"guard: a The-led title after a possessive", "Lee Gold stars in the adaptation of Ana Weirling's novel. Dru Godd, who adapted Weirling's The Long Orbit for Rod Scotto, wrote the script.",
			nil, []string{"PORTRAYED ana weirling -> the long orbit", "PORTRAYED ana weirling -> long orbit"}},
		{"a part after a possessive", "Tom Lister's Captain Dray steals every scene.",
			[]string{"ACTED_IN tom lister -> iron creek as captain dray"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
