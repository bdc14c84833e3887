package loaders

import "testing"

// TestFiveWordRankedPart checks that a part of five words is castable
// when a title or rank opens it, and not otherwise.
func TestFiveWordRankedPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"rank opens five words", "Dana Frell, a Neon regular, steals every scene as the disgraced naval surgeon Captain Lucien Marc de Vauclair.",
			[]string{"ACTED_IN dana frell -> iron creek as captain lucien marc de vauclair"}, nil},
		{"five words without a rank", "Dana Frell, a Neon regular, steals every scene as the disgraced naval surgeon Lucien Marc Pierre de Vauclair.",
			nil, []string{"ACTED_IN dana frell -> iron creek as lucien marc pierre de vauclair"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
