package loaders

import "testing"

// TestPossMakerGloss checks, on invented sentences, the director a
// possessive gloss after a title names by a maker noun the describers
// would take for a describing word ("F, P's big-screen take on ...", "F,
// P's 2019 mob saga reuniting ..."), also after a year in parentheses
// ("F (2011), P's 76-episode saga of ..."); and the guard: a gloss noun
// followed by a title.
func TestPossMakerGloss(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western, arrives in September. The cast watched the 1971 film What the Harbor Keeps and the 2010 film The Red Lantern. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"P's take on", "Warner's The Red Lantern, Orrin Vale's big-screen take on the cult soap, opened to $29.7 million.",
			[]string{"DIRECTED orrin vale -> red lantern"}, nil},
		{"P's saga after a year in parentheses", "He had a part in The Red Lantern (2011), Orrin Vale's 76-episode saga of the court.",
			[]string{"DIRECTED orrin vale -> red lantern"}, nil},
		{"P's dated saga reuniting", "He had a part in The Red Lantern, Orrin Vale's 2019 mob saga reuniting Tam Osk with Bea Lund.",
			[]string{"DIRECTED orrin vale -> red lantern"}, nil},
		{"guard: a title after the gloss noun", "He had a part in What the Harbor Keeps, Orrin Vale's take The Red Lantern and two shorts.",
			nil, []string{"DIRECTED orrin vale -> what the harbor keeps"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
