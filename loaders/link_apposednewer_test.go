package loaders

import "testing"

// TestApposedNewerLinks checks a later work named in apposition to a
// follow-up noun ("Y, a prequel to the described hit X", "X: Sub, the
// feature-length sequel"): the earlier work is the one named after
// "to"/"of", else the film whose title Y's extends, else none.
func TestApposedNewerLinks(t *testing.T) {
	const obit = "Rafe Odun, Star of 'Harbour Lane', Dies at 81\n\n" +
		"Rafe Odun, the gravel-voiced actor who played Inspector Dane on the detective series Harbour Lane for nine years, has died. He was 81.\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"Y: Sub, the feature-length sequel: the title's base",
			obit + "His first major role was Inspector Dane in the BBC's long-running detective series Harbour Lane, a part he played for nine years and reprised in Harbour Lane: Last Call, the 2006 feature-length sequel that closed the show.\n",
			[]string{"SEQUEL_OF film:harbour-lane-last-call -> film:harbour-lane"}, nil},
		{"Y, a prequel to the described hit X",
			obit + "His last role was in Corvell, a six-part prequel to the Belgian crime hit Harbour Lane, which airs next year.\n",
			[]string{"PREQUEL_OF film:corvell -> film:harbour-lane"}, nil},
		{"Y, the revival of the network's drama X",
			obit + "He turned down a cameo in Harbour Lane: Tides, the revival of Orbis's cult detective drama Harbour Lane.\n",
			[]string{"SEQUEL_OF film:harbour-lane-tides -> film:harbour-lane"}, nil},
		{"no earlier work named: no link to the article's own",
			obit + "He also appeared in Salt Meadow, a sequel nobody asked for.\n",
			nil, []string{"SEQUEL_OF film:salt-meadow -> film:harbour-lane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, docLines(t, c.text), c.want, c.not)
		})
	}
}
