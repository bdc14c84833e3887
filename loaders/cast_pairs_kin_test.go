package loaders

import "testing"

// TestCastPairsKin checks castPairs on parts a kin noun describes: "A and
// B, who play the sisters C and D" (partVerbCast tries the pairing first)
// and "A and B are back as C and his wife D" (a possessive and a kin noun
// before the next part): each person plays the part at the same place, not
// the last person the first part.
func TestCastPairsKin(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"who play the sisters C and D",
			"Stormline 2 casting\n\nStormline 2 starts shooting in May. Dana Pell and Rhea Mott, who play the sisters Ivy and Juno Carrow, are rehearsing in Leeds.",
			[]string{"ACTED_IN dana pell -> stormline 2 (ivy carrow)", "ACTED_IN rhea mott -> stormline 2 (juno carrow)"},
			[]string{"ACTED_IN rhea mott -> stormline 2 (ivy carrow)"}},
		{"back as C and his wife D",
			"Stormline 2 casting\n\nStormline 2 starts shooting in May. Tomas Brel and Wenna Falk are back as Orvel Dask and his wife Lise.",
			[]string{"ACTED_IN tomas brel -> stormline 2 (orvel dask)", "ACTED_IN wenna falk -> stormline 2 (lise)"},
			[]string{"ACTED_IN wenna falk -> stormline 2 (orvel dask)"}},
		{"one person, a kin noun: no pairing",
			"Stormline 2 casting\n\nStormline 2 starts shooting in May. Dana Pell is back as Orvel Dask and his wife Lise is gone.",
			nil, []string{"ACTED_IN dana pell -> stormline 2 (lise)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
