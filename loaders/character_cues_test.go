package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCharacterCues checks typePlayedParts, typePlayedByParts,
// typeActorPossessiveParts, typeWhoseDescribedParts, typePlotParts,
// typeAuthors, keepPersonNames and keepPersonFullNames on invented
// sentences:
// each case's want entities are found and its unwanted ones are not.
func TestCharacterCues(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string
		unwanted []string
	}{
		{"played described part", "News\n\nRina Okoro was last seen in the series Brack Water, where she played the harbour pilot Dana Keel.",
			[]string{"Character:dana keel", "Person:rina okoro"}, []string{"Person:dana keel"}},
		{"played part before in", "News\n\nMara Vell played the scheming aunt Lotte Brisk in the Dutch thriller Gravel.",
			[]string{"Character:lotte brisk"}, []string{"Person:lotte brisk"}},
		{"played opposite an actor", "News\n\nTom Arden played a cop opposite Ken Moro in the remake.",
			[]string{"Person:ken moro"}, []string{"Character:ken moro"}},
		{"name describing the part", "News\n\nJoel Hart, who plays the jittery Vega \"expert\" Plink, is back.",
			nil, []string{"Character:vega"}},
		{"played by after a comma", "News\n\nThe other lead is Carl Benning, the town's new sheriff played by Owen Drake.",
			[]string{"Character:carl benning"}, []string{"Person:carl benning"}},
		{"voiced by in brackets", "News\n\nThe exes are led by Dorian Vale (voiced by Ida Brenner), who wants the city.",
			[]string{"Character:dorian vale"}, []string{"Person:dorian vale"}},
		{"played with by", "News\n\nThe film follows the last days of Nora Quennick, played with quiet menace by Ida Brenner.",
			[]string{"Character:nora quennick"}, []string{"Person:nora quennick"}},
		{"place describing the part", "News\n\nNeither is Jack Marlow: the Boston police detective played by Owen Drake will not appear.",
			nil, []string{"Character:boston"}},
		{"actor's part", "News\n\nThe heist is led by Marta Linde's Rosa Vane, a safecracker with a grudge.",
			[]string{"Character:rosa vane"}, []string{"Person:rosa vane"}},
		{"director's adaptation", "News\n\nSofia Brennick's Anna Keller adaptation opens in May.",
			nil, []string{"Character:anna keller"}},
		{"crew credit keeps a person", "News\n\nThe cut was assembled by Hugo Lanne from the footage he shot himself. Lanne directed and co-wrote the film.",
			[]string{"Person:hugo lanne"}, []string{"Character:hugo lanne"}},
		{"played a personal name", "News\n\nQuinn has since played Johnny Vale in The Five: Last Steps.",
			[]string{"Character:johnny vale"}, []string{"Person:johnny vale"}},
		{"played a venue", "News\n\nThe band played Wembley Arena twice that summer.",
			nil, []string{"Character:wembley arena"}},
		{"played by the late", "News\n\nThe drama follows Hans Brandt, the thief played by the late Alan Pewsey in the original film.",
			[]string{"Character:hans brandt"}, []string{"Person:hans brandt"}},
		{"whose described part", "News\n\nNeither has Bobby Quarrington, whose wolf mogul Jimmy Grackle was the last film's villain.",
			[]string{"Character:jimmy grackle"}, []string{"Person:jimmy grackle"}},
		{"whose character of one word", "News\n\nTom Brandt, whose character Wendover recruited the hero at the end of the first film, returns.",
			[]string{"Character:wendover"}, []string{"Person:wendover"}},
		{"story of", "News\n\nTamarind told the story of Marco Reyes, a 12-year-old aspiring drummer.",
			[]string{"Character:marco reyes"}, []string{"Person:marco reyes"}},
		{"follows a possessive", "News\n\nThe news follows Laura Kent's exit from the studio.",
			nil, []string{"Character:laura kent"}},
		{"author's novel", "News\n\nThe Vows is adapted from Margaret Holm's 2019 novel of the same name, and Holm herself produces.",
			[]string{"Person:margaret holm"}, []string{"Character:margaret holm", "Character:holm"}},
		{"chief rank", "News\n\nThe third is Chief Dale Rusk, head of the Ashford Police Department, who drinks too much.",
			[]string{"Character:chief dale rusk"}, []string{"Person:chief dale rusk"}},
		{"surname keeps the full name a person", "'The Grey Road 2': Rina Falk in Talks to Join Tom Hale in Streamly Sequel\n\nRina Falk is in talks to join Tom Hale in The Grey Road 2, Streamly's follow-up to its 2022 spy thriller, sources tell us. Falk would play Nadia Orlik, a handler.",
			[]string{"Person:rina falk"}, []string{"Film:rina falk"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.unwanted)
		})
	}
}

// TestKeepPersonSurnames checks keepPersonSurnames on mention tables: a
// bare surname a weak cue typed a film becomes a person when exactly one
// strongly typed person of the article ends with it; not when two do, nor
// when the film cue is strong.
func TestKeepPersonSurnames(t *testing.T) {
	person := func(key string, words, strength int8) mention {
		return mention{key: key, words: words, typ: kg.Person, strength: strength}
	}
	film := func(key string, strength int8) mention {
		return mention{key: key, words: 1, typ: kg.Film, strength: strength}
	}
	cases := []struct {
		name  string
		ments []mention
		want  kg.NodeType // the type of the last mention afterwards
	}{
		{"one owner", []mention{person("ivo gann", 2, 2), film("gann", 2)}, kg.Person},
		{"weak owner", []mention{person("ivo gann", 2, 1), film("gann", 2)}, kg.Film},
		{"two owners", []mention{person("ivo gann", 2, 3), person("sean gann", 2, 3), film("gann", 2)}, kg.Film},
		{"strong film cue", []mention{person("ivo gann", 2, 3), film("gann", 3)}, kg.Film},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &article{ments: c.ments}
			a.keepPersonSurnames()
			if got := a.ments[len(a.ments)-1].typ; got != c.want {
				t.Errorf("type = %s, want %s", got, c.want)
			}
		})
	}
}
