package loaders

import "testing"

// TestCreditObjects checks typeCreditObjects: a name closing its clause
// right after a credit verb ("who directed X and", "the first since X in
// 2010") or after a production noun and "called" is a film; a name the
// clause goes on after, a company's possessive, a personal name and a
// name called so without a production noun are left alone.
func TestCreditObjects(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"who directed",
			"News\n\nThe studio hired Kit Moss, who directed Salt Hollow and two shorts.",
			[]string{"salt hollow=Film"}, nil},
		{"since with a year",
			"News\n\nIt is the first entry since Harbor Lights in 2010.",
			[]string{"harbor lights=Film"}, nil},
		{"production noun and called",
			"News\n\nDana Frell made a 2020 drama called Gray Tides and then a feature.",
			[]string{"gray tides=Film"}, nil},
		{"the clause goes on",
			"News\n\nThree years have passed since Morrow tore the town open.",
			nil, []string{"morrow=Film"}},
		{"a company's possessive",
			"News\n\nShe co-created Harbor Central's late show.",
			nil, []string{"harbor central=Film"}},
		{"a personal name",
			"News\n\nThe role made Kit Moss a star.",
			nil, []string{"kit moss=Film"}},
		{"called without a production noun",
			"News\n\nA security firm called Gray Harbor is chasing the thief.",
			nil, []string{"gray harbor=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
