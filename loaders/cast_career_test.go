package loaders

import "testing"

// TestCareerPairs checks career lists of parts, each in its own title, on
// invented sentences.
func TestCareerPairs(t *testing.T) {
	const head = " date 2026-05-01\nDana Frell, Character Actor, Dies at 81\n\nDana Frell, a character actor, has died. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two pairs with years", "Frell played Jonah Pike in Iron Creek (1994) and Dr. Abel Marsh in Cold Harbor (1998).",
			[]string{"ACTED_IN dana frell -> iron creek as jonah pike", "ACTED_IN dana frell -> cold harbor as dr. abel marsh"}, nil},
		{"described parts and a company's title", "Frell voiced the walrus Big Clam in the animated series Reef Kings, and the harbour cop Captain Marty Stone in Sony's Dock Town (2004).",
			[]string{"ACTED_IN dana frell -> reef kings as big clam", "ACTED_IN dana frell -> dock town as captain marty stone"}, nil},
		{"an appositive after the first title", "Frell voiced the walrus Big Clam in the animated series Reef Kings, a Neon production, and the harbour cop Captain Marty Stone in Sony's Dock Town (2004).",
			[]string{"ACTED_IN dana frell -> reef kings as big clam", "ACTED_IN dana frell -> dock town as captain marty stone"}, nil},
		{"three pairs", "Frell played Jonah Pike in Iron Creek (1994), Ruth Fox in Red Mesa (1996) and Abel Marsh in Cold Harbor (1998).",
			[]string{"ACTED_IN dana frell -> red mesa as ruth fox", "ACTED_IN dana frell -> cold harbor as abel marsh"}, nil},
		{"a co-star is no part", "Frell played Moss Vane in Iron Creek (1994) and Omar Reyes starred in Cold Harbor (1998).",
			nil, []string{"ACTED_IN dana frell -> cold harbor as omar reyes"}},
		{"a place is no title", "Frell played Moss Vane in Iron Creek (1994) and toured in Ohio.",
			nil, []string{"ACTED_IN dana frell -> ohio as toured"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
