package loaders

import "testing"

// TestForPlaying checks "P won an award for playing C" on invented
// sentences.
func TestForPlaying(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"nomination for playing", "Dana Frell got her second Oscar nomination in as many years for playing Moss Vane, the volatile robber.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"described part in a named title", "Dana Frell won the award for portraying the nurse Ruth Vane in Dust Road (2004).",
			[]string{"ACTED_IN dana frell -> dust road as ruth vane"}, []string{"ACTED_IN dana frell -> iron creek as ruth vane"}},
		{"the nearest person is the actor", "The critics praised Dana Frell for playing Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"another person between", "Dana Frell thanked Omar Reyes for playing Moss Vane.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
