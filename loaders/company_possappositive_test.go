package loaders

import "testing"

// TestCompanyPossAppositive checks, on invented sentences, that a
// company's possessive opening an appositive after a title credits the
// company with distributing the title ("F, O's nine-part war drama", "F
// (2005), the O's nature documentary", "F, O's third outing for the
// pair"), and that a person's possessive, a title after the noun, or no
// production noun is no such credit.
func TestCompanyPossAppositive(t *testing.T) {
	const head = " date 2026-05-01\nA Look Back\n\nThe Salt Ledger is a 2021 thriller directed by Perrin Vasquez. Iron Orchard is a 2005 thriller directed by Dana Reyes. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"possessive format noun", "Ana Lopez stars in Iron Orchard, Corvid Studios' nine-part war drama, set in 1944.",
			[]string{"DISTRIBUTED corvid studios -> iron orchard"}, nil},
		{"the possessive after a year", "Ana Lopez narrates Iron Orchard (2005), the Tarnet Channel's nature documentary.",
			[]string{"DISTRIBUTED tarnet channel -> iron orchard"}, nil},
		{"outing for", "Ana Lopez returns in Iron Orchard, Quillon Pictures' third outing for the pair.",
			[]string{"DISTRIBUTED quillon pictures -> iron orchard"}, nil},
		{"money before attempt", "Ana Lopez stars in Iron Orchard, Quillon Pictures' $250 million attempt to build a franchise.",
			[]string{"DISTRIBUTED quillon pictures -> iron orchard"}, nil},
		{"a person's possessive", "Ana Lopez stars in Iron Orchard, Dana Reyes's new drama.",
			nil, []string{"DISTRIBUTED dana reyes -> iron orchard"}},
		{"a title after the noun", "He liked Iron Orchard, Quillon Pictures' horror film The Salt Ledger and more.",
			nil, []string{"DISTRIBUTED quillon pictures -> iron orchard"}},
		{"no production noun", "He liked Iron Orchard, Quillon Pictures' chief executive said.",
			nil, []string{"DISTRIBUTED quillon pictures -> iron orchard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
