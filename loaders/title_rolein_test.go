package loaders

import "testing"

// TestRoleInTitles checks typeRoleInTitles: a name right after a part and
// "in" is a film when an acting verb or "as" names the part (a name or a
// described part); a place, a month, a person's name before "in" and a
// part with no acting verb are left alone.
func TestRoleInTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"as a named part",
			"News\n\nHe was raw and funny as Dora Vance in Copper Road, a small film.",
			[]string{"copper road=Film"}, nil},
		{"played a named part",
			"News\n\nYears ago she played Tully Marsh in Glass Orchard for a small studio.",
			[]string{"glass orchard=Film"}, nil},
		{"played a described part",
			"News\n\nHe also played the ferryman in Salt Hollow before the move.",
			[]string{"salt hollow=Film"}, nil},
		{"a place",
			"News\n\nShe played a nurse in London for a year.",
			nil, []string{"london=Film"}},
		{"a month",
			"News\n\nShe plays the lead in March when shooting starts.",
			nil, []string{"march=Film"}},
		{"no acting verb",
			"News\n\nHe met the ferryman in Salt Hollow on a cold night.",
			nil, []string{"salt hollow=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
