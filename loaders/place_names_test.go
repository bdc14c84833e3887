package loaders

import (
	"strings"
	"testing"
)

// TestPlaceNames checks clearPlaceNames and typeRealAgencies on invented
// sentences: places named by general vocabulary never become
// organisations or people, "-based" adjectives never become names, a
// place a strong cue makes a production keeps that type, and real
// agencies are organisations, never characters; a demonym of
// moreDemonyms names nobody.
func TestPlaceNames(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string
		unwanted []string
	}{
		{"country possessive", "News\n\nThe series was co-produced by Italy's Rai Nove and Portugal's Canal Onze, and premiered in 2014.",
			nil, []string{"Organisation:italy", "Organisation:portugal"}},
		{"city studio", "News\n\nHe was still in a Toronto studio re-recording the strings a week before the premiere of Frost Line.",
			nil, []string{"Organisation:toronto"}},
		{"based adjective", "News\n\nLena Osgrove would play Vera Kollo, a Prague-based handler who once ran agents for the Sigma program.",
			nil, []string{"Organisation:prague-based", "Character:prague-based", "Person:prague-based"}},
		{"street", "News\n\nHe played the creative director of the fictional Park Avenue agency Brill & Stone in Copy Desk.",
			nil, []string{"Organisation:park avenue"}},
		{"surname like a street word", "News\n\nNina Lane is also back as Wanda Fell, the gatekeeper of the Club.",
			[]string{"Person:nina lane"}, nil},
		{"demonym is no character", "News\n\nOlga Vantresca has a small role as a Bulgarian police inspector, Major Elena Drask, in Sable 3.",
			nil, []string{"Character:bulgarian"}},
		{"agency is no character", "News\n\nIn Cold Harbor he was the harried KGB liaison Pyotr, opposite Dana Vell.",
			nil, []string{"Character:kgb", "Person:kgb"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.unwanted)
		})
	}
}

// TestIsPlaceName checks the closed-class place test on mention shapes.
func TestIsPlaceName(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"New York", true}, {"Budapest-based", true}, {"New York-based", true}, {"Madison Avenue", true},
		{"Canada", true}, {"Norman Lane", false}, {"Baltimore Ledger", false}, {"Georgia", false}, {"Mulholland Drive", false},
	} {
		t.Run(c.text, func(t *testing.T) {
			m := &mention{text: c.text, key: nameKey(c.text), words: int8(len(strings.Fields(c.text)))}
			if got := isPlaceName(m); got != c.want {
				t.Errorf("isPlaceName(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

// TestPlaceHeadsAndCities checks clearPlaceNames on the cities of
// placeNames and the place-head nouns of placeHeads: a weakly typed
// company ending in "Valley" or "County" is no company, and a city typed a
// person is none either.
func TestPlaceHeadsAndCities(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"city typed a person", "Mara Quint grew up in Santa Monica and moved to Turin, where Santa Monica's beaches seemed far away.",
			nil, []string{"Person:santa monica", "Organisation:turin"}},
		{"valley company", "Cold Pines was shot in Echo Valley, and Echo Valley's mayor visited the set.",
			nil, []string{"Organisation:echo valley"}},
		{"after a locative preposition", "For years Ivo Serro called the races at Rosa Downs and Fai Tam for the radio.",
			[]string{"Person:ivo serro"}, []string{"Person:rosa downs", "Person:fai tam"}},
		{"guard: owner after a preposition", "He had a small part in Rosa Downs's 1990 thriller.",
			[]string{"Person:rosa downs"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
