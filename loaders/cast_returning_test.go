package loaders

import "testing"

// TestReturningPastParts checks returningPastParts: "P, who played C in
// the first film, returns" credits P as C in the production at hand and
// in the first film; an earlier entry by ordinal gives only the credit at
// hand; a denied return gives neither.
func TestReturningPastParts(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"first film, then returns",
			"'Harbour Lights 2' Sets Cast\n\nHarbour Lights 2 is a sequel to Harbour Lights (2019). Mira Tolvane, who played the lighthouse keeper Edda Brask in the first film, returns for a single scene.",
			[]string{"ACTED_IN mira tolvane -> harbour lights 2 (edda brask)", "ACTED_IN mira tolvane -> harbour lights (edda brask)"}, nil},
		{"second film, then expected to reprise",
			"'Harbour Lights 3' Sets Cast\n\nHarbour Lights 3 starts shooting in May. Oren Vasko, who played the smuggler Teo Brand in the second film, is expected to reprise the role.",
			[]string{"ACTED_IN oren vasko -> harbour lights 3 (teo brand)"}, nil},
		{"denied return, no credit at hand",
			"'Harbour Lights 2' Sets Cast\n\nHarbour Lights 2 is a sequel to Harbour Lights (2019). Mira Tolvane, who played the lighthouse keeper Edda Brask in the first film, is not expected to return.",
			nil, []string{"ACTED_IN mira tolvane -> harbour lights 2 (edda brask)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
