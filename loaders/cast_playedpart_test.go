package loaders

import "testing"

// TestDescribedPlayer checks "C, the negotiator P played in F" and "C, P's
// character from F" on invented sentences.
func TestDescribedPlayer(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to Iron Creek, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"described with a name among the words", "The sequel follows Moss Vane, the NYPD hostage negotiator Dana Frell played in the first film, now a captain.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, []string{"ACTED_IN dana frell -> iron creek 2 as moss vane"}},
		{"a named title", "It follows Moss Vane, the rancher Dana Frell played in Dust Road (2019).",
			[]string{"ACTED_IN dana frell -> dust road as moss vane"}, nil},
		{"several films name none", "It follows Moss Vane, the gun-crazy officer Dana Frell played in all seven films.",
			nil, []string{"ACTED_IN dana frell -> iron creek 2 as moss vane", "ACTED_IN dana frell -> iron creek as moss vane"}},
		{"no acting verb", "It follows Moss Vane, the rancher Dana Frell met in Dust Road (2019).",
			nil, []string{"ACTED_IN dana frell -> dust road as moss vane"}},
		{"a character from a title", "The spin-off is about Tilly Fox, Dana Frell's character from Dust Road (2019).",
			[]string{"ACTED_IN dana frell -> dust road as tilly fox"}, []string{"ACTED_IN dana frell -> iron creek 2 as tilly fox"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
