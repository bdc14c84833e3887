package loaders

import "testing"

// TestCompanyFilmDescribers checks, on invented sentences, the company
// that describes a title where "the" would stand ("his Wenlow+ comedy
// series F", "whose Wenlow+ actioner F", "the short-lived Tarnby
// Pictures cartoon F"), two kind nouns after it ("the Tarnby Pictures
// heist comedy F"), a year among the words after its possessive
// ("Tarnby Pictures' 2018 interactive film F"), and the guard: a title
// that goes on past a possessive ("Tarnby Pictures' 2017 feature
// Halvard's Gorsefield Lane").
func TestCompanyFilmDescribers(t *testing.T) {
	const head = " date 2026-05-01\n'Brisket Hollow' Sets Its Return\n\nBrisket Hollow is a crime drama about a harbour town. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"his streamer's series", "Marta Voss is best known for his Wenlow+ comedy series Gorsefield Lane, in which he plays a baker.",
			[]string{"DISTRIBUTED wenlow+ -> gorsefield lane"}, nil},
		{"whose streamer's actioner", "Jon Pell, whose Wenlow+ actioner Gorsefield Lane built him a following, took over.",
			[]string{"DISTRIBUTED wenlow+ -> gorsefield lane"}, nil},
		{"a hyphened word between the and the company", "Marta Voss was a regular on the short-lived Tarnby Pictures cartoon Gorsefield Lane (2004-05).",
			[]string{"PRODUCED tarnby pictures -> gorsefield lane"}, nil},
		{"two kind nouns", "Marta Voss plays a thief in the Tarnby Pictures heist comedy Gorsefield Lane, due next spring.",
			[]string{"PRODUCED tarnby pictures -> gorsefield lane"}, nil},
		{"a year after the possessive", "Marta Voss starred in Tarnby Pictures' 2018 interactive film Gorsefield Lane, directed by Jon Pell.",
			[]string{"DISTRIBUTED tarnby pictures -> gorsefield lane"}, nil},
		{"guard: the title goes on past a possessive", "The last big-screen outing was Tarnby Pictures' 2017 feature Halvard's Gorsefield Lane, directed by Jon Pell.",
			nil, []string{"DISTRIBUTED tarnby pictures -> halvard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
