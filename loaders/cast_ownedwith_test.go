package loaders

import "testing"

// TestOwnedTitleWithCast checks a ", with" cast list after a title that a
// maker's possessive or a bracketed year marks as a work.
func TestOwnedTitleWithCast(t *testing.T) {
	const head = " date 2026-05-01\nFestival Preview: 'Iron Creek' Opens the Festival\n\nIron Creek, a western from Neon, opens the festival on Thursday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"maker's possessive", "Perrin Hale's Green Bough, with Vigo Marten and Mahesh Alden, premieres next week.",
			[]string{"ACTED_IN vigo marten -> green bough", "ACTED_IN mahesh alden -> green bough"},
			[]string{"ACTED_IN perrin hale -> iron creek as green bough"}},
		{"company's possessive and one name", "Fox's Used Folk, with Shirla Macken, opened softly.",
			[]string{"ACTED_IN shirla macken -> used folk"}, nil},
		{"bracketed year and parts", "Aranmore Nights (2016), with Sid Harth as Moss and Trish Kay as Ada, did well.",
			[]string{"ACTED_IN sid harth -> aranmore nights as moss", "ACTED_IN trish kay -> aranmore nights as ada"}, nil},
		{"no possessive, no year", "Tobin Marsh, with Sid Harth and Trish Kay, walked the red carpet.",
			nil, []string{"ACTED_IN sid harth -> tobin marsh"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
