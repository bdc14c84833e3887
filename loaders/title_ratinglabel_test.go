package loaders

import "testing"

// TestRatingLabel checks that an age rating's label and grade closing a
// review ("Cert 18.", "Certificate 15.", "Rated 14A.", "Rated PG-13.")
// is never a name, while a numbered title stays one.
func TestRatingLabel(t *testing.T) {
	const head = "Harrowgate review: a quiet stunner\n\nThe crime film Harrowgate stars Tam Osk as DI Kell.\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"Cert and a number", head + "Harrowgate is in cinemas from April 11. Cert 18, 95 mins.", []string{"harrowgate"}, []string{"cert 18"}},
		{"Certificate and a number", head + "Harrowgate opens on Friday. Certificate 15.", nil, []string{"certificate 15"}},
		{"Rated and a grade with a digit", head + "Directed by Ana Kolby. Rated 14A.", nil, []string{"rated 14a"}},
		{"Rated and a grade in capitals", head + "Directed by Ana Kolby. Rated PG-13.", nil, []string{"rated pg-13", "rated pg"}},
		{"a numbered title stays", head + "The sequel Harrowgate 2 opens in May.", []string{"harrowgate 2"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
