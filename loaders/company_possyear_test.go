package loaders

import "testing"

// TestCompanyPossessiveYear checks, on invented sentences, a company's
// possessive before a year and a film kind ("O's 1993 comedy F": O puts F
// out), and the guard: a title that is itself a possessive ("O's 2017
// feature P's F").
func TestCompanyPossessiveYear(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a year and a kind", "Its sequel follows Harrow Pictures' 1993 comedy Cold Lake, which ran for weeks.",
			[]string{"DISTRIBUTED harrow pictures -> cold lake"}, nil},
		{"guard: a possessive title", "The last outing was Harrow Pictures' 2017 feature Dalton's Night Riders, with a new cast.",
			nil, []string{"DISTRIBUTED harrow pictures -> dalton"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
