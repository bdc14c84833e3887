package loaders

import "testing"

// TestCompanyPossessiveBody checks that a company's possessive before a
// name and "mission" ("Neon's Helios IV mission") is no DISTRIBUTED
// title.
func TestCompanyPossessiveBody(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a mission after the possessive", "Ana Vittor plays an astronaut on Neon's Helios IV mission.",
			nil, []string{"DISTRIBUTED neon -> helios iv"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
