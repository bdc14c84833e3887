package loaders

import "testing"

// TestPastPartDenied checks pastPartDenied: "P, who played C, will not
// return" keeps PORTRAYED P C and gives no credit in the new film; a
// sentence with no denial is left to the cast rules.
func TestPastPartDenied(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"will not return",
			"Stormline 2 casting\n\nMara Keel, who played the navigator Ona Vance, will not return for Stormline 2.",
			[]string{"PORTRAYED mara keel -> ona vance"}, []string{"ACTED_IN mara keel -> stormline 2"}},
		{"is not expected to appear",
			"Stormline 2 casting\n\nTeo Rask, who voiced the Tessarine captain Bolt Mercer, is not expected to appear.",
			[]string{"PORTRAYED teo rask -> bolt mercer"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
