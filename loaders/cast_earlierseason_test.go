package loaders

import "testing"

// TestEarlierSeasonCredit checks that a person "who played C in the first
// season" (in season 1, in the first five seasons, in the first run)
// and "does not return" acted in the series the article is about: the
// denial is of the new season, not of the series. The one-off film case
// keeps only who played C ("who played C, will not return").
func TestEarlierSeasonCredit(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"in the first season",
			"Harrowgate preview\n\nThe HBO series Harrowgate returns in May. Mara Keel, who played the navigator Ona Vance in the first season, does not return.",
			[]string{"ACTED_IN mara keel -> harrowgate (ona vance)", "PORTRAYED mara keel -> ona vance"}, nil},
		{"in season 1",
			"Harrowgate preview\n\nThe HBO series Harrowgate returns in May. Teo Rask, who played the elven prince Bolt Mercer in season 1, does not return.",
			[]string{"ACTED_IN teo rask -> harrowgate (bolt mercer)", "PORTRAYED teo rask -> bolt mercer"}, nil},
		{"in the first five seasons",
			"Harrowgate final season\n\nThe Netflix series Harrowgate will resume production. Dax Orrin, who played Wes Calder in the first five seasons, will not appear.",
			[]string{"ACTED_IN dax orrin -> harrowgate (wes calder)", "PORTRAYED dax orrin -> wes calder"}, nil},
		{"in the first run",
			"Harrowgate preview\n\nThe BBC series Harrowgate returns in May. Lina Sorel, who played Edda Vance in the first run, does not return.",
			[]string{"ACTED_IN lina sorel -> harrowgate (edda vance)"}, nil},
		{"in the first film: no season",
			"Harrowgate preview\n\nThe BBC series Harrowgate returns in May. Lina Sorel, who played Edda Vance in the first film, does not return.",
			nil, []string{"ACTED_IN lina sorel -> harrowgate (edda vance)"}},
		{"a film sequel: no credit",
			"Stormline 2 casting\n\nMara Keel, who played the navigator Ona Vance, will not return for Stormline 2.",
			[]string{"PORTRAYED mara keel -> ona vance"}, []string{"ACTED_IN mara keel -> stormline 2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
