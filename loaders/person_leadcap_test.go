package loaders

import "testing"

// TestCapitalisedLeadJobNouns checks cuedName and trimLeadJobNouns on a
// job noun that opens a sentence, capitalised, on invented sentences: the
// name after it is a person, a plural job noun is trimmed from the
// name; a name after another capitalised opening word is left alone.
func TestCapitalisedLeadJobNouns(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"newcomer", "Newcomer Obiora Tendekai, 24, has been tapped to lead the thriller Glass Harbour.",
			[]string{"Person:obiora tendekai"}, nil},
		{"plural job noun", "Cinematographers Laurent Quenby and Haris Brisk spent a year in the Antarctic to film Cold Light.",
			[]string{"Person:laurent quenby", "Person:haris brisk"}, []string{"Person:cinematographers laurent quenby"}},
		{"guard: no job noun", "Meanwhile Quilvane Marsk remains the villain of the piece in Glass Harbour.",
			nil, []string{"Person:quilvane marsk"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
