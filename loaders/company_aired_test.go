package loaders

import (
	"slices"
	"testing"
)

// TestCompanyAired checks outlets read from a show's broadcast run ("air
// first on O", "ran for four seasons on O") and the companies of a
// "produce through O1 and O2" list: invented sentences, each with claims
// that must and must not be found.
func TestCompanyAired(t *testing.T) {
	const head = " date 2026-05-01\n'Low Fens' Returns\n\nLow Fens, a drama series, returns in May. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"air first on a two-word outlet", "Episodes will air first on Harbor Central and land on Paramount+ a day later.",
			[]string{"DISTRIBUTED harbor central -> low fens"}, nil},
		{"ran for seasons on an outlet", "The series ran for four seasons on Greyline from 2001 to 2005.",
			[]string{"DISTRIBUTED greyline -> low fens"}, nil},
		{"a stage run is no outlet", "The play ran on Broadway for two years.",
			nil, []string{"DISTRIBUTED broadway -> low fens"}},
		{"a holiday after 'air on' is no outlet", "The special will air on Christmas Day.",
			nil, []string{"DISTRIBUTED christmas day -> low fens"}},
		{"a person after 'air on' is no outlet", "The finale will air on Maria Lopez's birthday.",
			nil, []string{"DISTRIBUTED maria lopez -> low fens"}},
		{"produce through two banners", "Ada Moss and Lena Ford executive produce through Tin Lantern and Blue Tide Films, respectively.",
			[]string{"PRODUCED tin lantern -> low fens", "PRODUCED blue tide films -> low fens", "PRODUCED ada moss -> low fens"}, nil},
		{"through a person's name: no company", "Ada Moss produces through Lena Ford and Tom Reyes.",
			nil, []string{"PRODUCED lena ford -> low fens", "PRODUCED tom reyes -> low fens"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestCompanyNameCues checks that a name ending in "Film" reads as a film
// company ("X Film produces"), while a title ending in "Movie" stays a
// film, and that "the X cartoon F" names an outlet X.
func TestCompanyNameCues(t *testing.T) {
	cases := []struct {
		name, text, want, not string
	}{
		{"a producer list", " date 2026-05-01\n'Low Fens' Returns\n\nLow Fens, a drama series, returns in May. Nordlys Studios produces with Tarn Film and Kestrel.",
			"Organisation:tarn film", "Person:tarn film"},
		{"a title ending in Movie", " date 2026-05-01\n'The Tarn Movie' Opens\n\nThe Tarn Movie opens on Friday from Nordlys Pictures.",
			"Film:tarn movie", "Organisation:tarn movie"},
		{"the outlet of a cartoon", " date 2026-05-01\nA Voice Remembered\n\nOwen Hale, a voice actor, has died. He voiced Grandpa Pebble in the Kestrel cartoon Muddle Row from 2015 to 2019.",
			"Organisation:kestrel", "Film:kestrel"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			if !slices.Contains(ents, c.want) || slices.Contains(ents, c.not) {
				t.Errorf("want %q and not %q in %v", c.want, c.not, ents)
			}
		})
	}
}
