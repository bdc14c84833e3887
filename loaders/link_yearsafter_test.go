package loaders

import "testing"

// TestYearsAfterBack checks that a sentence opening "N years after Y" and
// saying someone is back in (or with) a film X makes X a sequel of Y, and
// that no link is made when "back" does not lead to a film, when a comma
// cuts "back" from the film, or when the sentence does not open on the
// time since Y.
func TestYearsAfterBack(t *testing.T) {
	const lead = "Harrow Pictures Announces Its Slate\n\n" +
		"Harrow Pictures released the thriller Brackwater Run (2013) and the drama Tinplate Sky (2008).\n\n"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"back behind the camera with X",
			"Six years after The Salt Ledger turned a port thriller into an event, Mara Quell is back behind the camera with The Salt Ledger: Tides, the second part of a planned trilogy.\n",
			[]string{"SEQUEL_OF salt ledger: tides -> salt ledger"}, nil},
		{"back in X",
			"Twelve years after Brackwater Run topped the charts, Perrin Vasquez is back in Brackwater Rising, the sequel that Harrow Pictures releases in May.\n",
			[]string{"SEQUEL_OF brackwater rising -> brackwater run"}, nil},
		{"nearly two decades after a company's Y",
			"Nearly two decades after Harrow Pictures' Tinplate Sky won over critics, Ritter Halm is back with Tinplate Sky: Embers, a new chapter of the saga.\n",
			[]string{"SEQUEL_OF tinplate sky: embers -> tinplate sky"}, nil},
		{"back in a place: no link",
			"Twelve years after Brackwater Run topped the charts, Perrin Vasquez is back in Lisbon, where he shot Brackwater Rising.\n",
			nil, []string{"SEQUEL_OF brackwater rising -> brackwater run"}},
		{"a comma between back and the film: no link",
			"Twelve years after Brackwater Run topped the charts, Perrin Vasquez is back, this time in Brackwater Rising, the sequel that Harrow Pictures releases in May.\n",
			nil, []string{"SEQUEL_OF brackwater rising -> brackwater run"}},
		{"not opening on the time since Y: no link",
			"Perrin Vasquez said Brackwater Run changed his life, and he is back in Brackwater Rising, the sequel that Harrow Pictures releases in May.\n",
			nil, []string{"SEQUEL_OF brackwater rising -> brackwater run"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := claimLines(localRun(lead+c.text, "2025-06-01"), " as ", "")
			checkLines(t, got, c.want, c.not)
		})
	}
}
