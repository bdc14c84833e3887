package loaders

import "testing"

// TestSpunOffLinks checks the verb "spun off": "X spun off Y, Y2 and Y3"
// makes each Y a spin-off of X, "that show" naming the one film of the
// sentence before; "Y, a drama spun off from X" makes Y a spin-off of X;
// a company before the verb names no parent.
func TestSpunOffLinks(t *testing.T) {
	const lead = "'Harrow Vale' Renewed for a Ninth Season\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"X has since spun off Y, Y2 and Y3",
			lead + "Harrow Vale premiered on Orbis in 2015. Harrow Vale has since spun off Harrow Vale: Tides, Harrow Vale: Embers and Harrow Vale: Frost.\n",
			[]string{"SPIN_OFF_OF film:harrow-vale-tides -> film:harrow-vale", "SPIN_OFF_OF film:harrow-vale-embers -> film:harrow-vale",
				"SPIN_OFF_OF film:harrow-vale-frost -> film:harrow-vale"}, nil},
		{"that show in turn spun off Y: the film of the sentence before",
			lead + "Harrow Vale premiered on Orbis in 2015. Its prequel, Dunmore Bay, starred Maro Venn as the young inspector. That show in turn spun off Kestrel Point, in which Velmara Quill reprises her role.\n",
			[]string{"SPIN_OFF_OF film:kestrel-point -> film:dunmore-bay"}, []string{"SPIN_OFF_OF film:kestrel-point -> film:harrow-vale"}},
		{"Y, a scripted drama spun off from X",
			lead + "Orbis confirmed that Kestrel Point, a scripted drama spun off from Velmara Nights, has gone into production.\n",
			[]string{"SPIN_OFF_OF film:kestrel-point -> film:velmara-nights"}, nil},
		{"a company spun off a unit: no link",
			lead + "Harrow Vale premiered in 2015. Orbis spun off Kestrel Pictures, its animation arm, last year.\n",
			nil, []string{"SPIN_OFF_OF film:kestrel-pictures -> film:harrow-vale", "SPIN_OFF_OF film:kestrel-pictures -> organisation:orbis"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, docLines(t, c.text), c.want, c.not)
		})
	}
}
