package loaders

import (
	"sort"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// checkWordList fails tb unless the embedded word list file holds at least
// min words, sorted, each a lower-case word without spaces, none twice.
func checkWordList(tb testing.TB, file string, list []string, min int) {
	tb.Helper()
	if len(list) < min {
		tb.Fatalf("%s holds %d names, want >= %d", file, len(list), min)
	}
	if !sort.StringsAreSorted(list) {
		tb.Errorf("%s is not sorted", file)
	}
	for i, w := range list {
		if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
			tb.Errorf("%q: not a lower-case word", w)
		}
		if i > 0 && list[i-1] == w {
			tb.Errorf("%q: listed twice", w)
		}
	}
}

// TestGivenNamesList checks the embedded gazetteer: sorted, lower-case,
// unique and large; once loaded, free of the extractor's lexicon words and
// of common English words that are also names.
func TestGivenNamesList(t *testing.T) {
	checkWordList(t, "givennames.txt", listWords(givenNamesText), 5000)
	// a word added to a lexicon after the list was generated is left out
	// when the list is loaded
	for w := range givenNames() {
		if lexiconWord(w) {
			t.Errorf("%q: a lexicon word among the loaded given names", w)
		}
	}
	for _, c := range []struct {
		word string
		want bool
	}{
		{"katherine", true}, {"declan", true}, {"joshua", true}, {"timothée", true}, {"john", true},
		{"mary-kate", true},
		{"will", false}, {"may", false}, {"june", false}, {"grace", false}, {"hope", false},
		{"rose", false}, {"mark", false}, {"bill", false}, {"art", false}, {"chase", false},
		{"hunter", false}, {"guy", false}, {"star", false}, {"sky", false}, {"story", false},
		{"king", false}, {"queen", false}, {"prince", false}, {"major", false}, {"page", false},
		{"young", false}, {"long", false}, {"price", false}, {"rich", false}, {"sterling", false},
		{"bond", false}, {"the", false}, {"warner", false},
	} {
		t.Run(c.word, func(t *testing.T) {
			if got := isGivenName(c.word); got != c.want {
				t.Errorf("isGivenName(%q) = %v, want %v", c.word, got, c.want)
			}
		})
	}
}

// notPerson in a TestGivenNamePersons case: the name must not be a Person
// (another type, or no entity at all).
const notPerson kg.NodeType = ""

// TestGivenNamePersons checks which names of a sentence the gazetteer makes
// people and which it leaves to the context rules.
func TestGivenNamePersons(t *testing.T) {
	cases := []struct {
		name, text, entity string
		want               kg.NodeType // notPerson: no Person entity of that name
	}{
		{"plain", "Katherine Parkhurst rounds out the household.", "Katherine Parkhurst", kg.Person},
		{"initials", "The series adapts J.K. Pemmery's seven novels.", "J.K. Pemmery", kg.Person},
		{"particle", "The series comes from creator Chris Van Dorsten.", "Chris Van Dorsten", kg.Person},
		{"accent", "Timothée Brasseur was seen in Paris.", "Timothée Brasseur", kg.Person},
		{"one word", "Katherine rounds out the household.", "Katherine", notPerson},
		{"surname first", "Parkhurst Katherine rounds out the household.", "Parkhurst Katherine", notPerson},
		{"franchise", "Fans of the Jason Corwin franchise cheered.", "Jason Corwin", kg.Franchise},
		{"film noun", "A Jason Corwin movie is coming.", "Jason Corwin", notPerson},
		{"company", "Walt Disney Studios released it.", "Walt Disney Studios", kg.Organisation},
		{"company abbreviation", "It was shot at Warner Bros. Studios Leavesden last year.", "Warner Bros. Studios Leavesden", notPerson},
		{"character after as", "Orrin Quarne returns as Emily Stone.", "Emily Stone", kg.Character},
		{"possessive description", "Mary Pellman is Dominic's daughter Selena DiMarco.", "Selena DiMarco", notPerson},
		{"possessive job", "The film's director Ryan Cogland spoke.", "Ryan Cogland", kg.Person},
		{"shared surname", "They return as Tom and Maddie Wachowitz.", "Maddie Wachowitz", notPerson},
		{"shared surname of crew", "It is a film by Lana and Lilly Wachowitz.", "Lilly Wachowitz", kg.Person},
		{"place initials", "U.S. Marshals came out in 1998.", "U.S. Marshals", notPerson},
		{"abbreviation", "Kessington made A.I. Artificial Intelligence in 2001.", "A.I. Artificial Intelligence", notPerson},
		{"three initials", "The saga owes much to J.R.R. Tolkien and his maps.", "J.R.R. Tolkien", kg.Person},
		{"as well as", "The company thanked its staff, as well as Seth Ambler.", "Seth Ambler", kg.Person},
		{"relative that", "It is the remake that David Ambler is developing.", "David Ambler", kg.Person},
		{"determiner that", "They met that Julia Ambler of the story.", "Julia Ambler", notPerson},
		{"as a part", "Orrin Quarne returns as Seth Ambler.", "Seth Ambler", notPerson},
		{"a job noun opening the sentence", "Creators Christian Vale and Alex Yeo were nominated for writing the finale.", "Christian Vale", kg.Person},
		{"a venue after a possessive", "The ceremony is held at Westvale's Dana Hall on Feb. 21.", "Dana Hall", notPerson},
		{"a surname like a venue", "The award went to Miranda Hall on Feb. 21.", "Miranda Hall", kg.Person},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := localRun(c.text, "")
			var got kg.NodeType
			for _, e := range r.ents {
				if e.key == nameKey(c.entity) {
					got = e.typ
				}
			}
			if c.want == notPerson && got == kg.Person || c.want != notPerson && got != c.want {
				t.Errorf("%q in %q: entity type %q, want %q", c.entity, c.text, got, c.want)
			}
		})
	}
}
