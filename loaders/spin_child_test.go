package loaders

import "testing"

// TestSpinChildSlot checks spinRules' child after a spin-off or prequel
// noun: a kind noun between ("the spin-off drama Y"), and a title shaped
// like a person's name after an article and the noun ("the syndicated
// spin-off Y"); a person's name with a credit verb after it stays no
// child.
func TestSpinChildSlot(t *testing.T) {
	const head = " date 2026-05-01\n'Harbor Lane' Turns Forty\n\nHarbor Lane, the long-running soap, celebrates its fortieth year this week. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a kind noun after the spin-off noun", "The soap has dabbled in spin-offs before: the spin-off drama Saltwater (2017) sent two favourites to Ireland.",
			[]string{"SPIN_OFF_OF saltwater -> harbor lane"}, nil},
		{"a two-word title after an adjective and the noun", "The syndicated spin-off Team Brightmoor followed in 1997.",
			[]string{"SPIN_OFF_OF team brightmoor -> harbor lane"}, nil},
		{"a two-word title after the prequel noun", "It later got the prequel Tobin Quay, which ran for one season.",
			[]string{"PREQUEL_OF tobin quay -> harbor lane"}, nil},
		{"guard: a name after called keeps the person-shape guard", "The new series, a ten-episode prequel called Tobin Quay, rewinds to 1980.",
			nil, []string{"PREQUEL_OF tobin quay -> harbor lane"}},
		{"guard: a person with a credit verb", "The spin-off Dana Reyes directed never aired.",
			nil, []string{"SPIN_OFF_OF dana reyes -> harbor lane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
