package loaders

import "testing"

// TestDebutAndTakings checks "F, the directing debut of P" / "F, P's
// 1980 directing debut" (DIRECTED) and "$X million for O" (DISTRIBUTED).
func TestDebutAndTakings(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"directing debut of", "Cold River, the directing debut of Ana Vittor, opened in fifth place with $7.3 million for Amazon MGM Studios.",
			[]string{"DIRECTED ana vittor -> cold river", "DISTRIBUTED amazon mgm studios -> cold river"}, []string{"DIRECTED ana vittor -> iron creek"}},
		{"possessive directing debut", "His first line was in Paper Moon, Omar Haddad's 1980 directing debut.",
			[]string{"DIRECTED omar haddad -> paper moon"}, nil},
		{"takings for a studio", "In third, Dust Road grossed $12.6 million for Sony Pictures.",
			[]string{"DISTRIBUTED sony pictures -> dust road"}, nil},
		{"guard: acting debut", "Cold River, the screen debut of Ana Vittor, opened Friday.",
			nil, []string{"DIRECTED ana vittor -> cold river"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
