package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestGivenNamesWorldList checks the embedded world list: sorted,
// lower-case, unique, large and apart from the main list; its names are
// given names once loaded, and the words it leaves out are not.
func TestGivenNamesWorldList(t *testing.T) {
	main := map[string]bool{}
	for _, w := range listWords(givenNamesText) {
		main[w] = true
	}
	list := listWords(givenNamesWorldText)
	checkWordList(t, "givennames_world.txt", list, 10000)
	for _, w := range list {
		if main[w] {
			t.Errorf("%q: in the main list too", w)
		}
	}
	for _, c := range []struct {
		word string
		want bool
	}{
		{"mikkel", true}, {"merve", true}, {"nikolaj", true}, {"hiroshi", true}, {"chinedu", true},
		{"burak", true}, {"dragan", true}, {"siddharth", true}, {"kwame", true},
		// capitalised dictionary words, rare spellings, other languages' words
		{"hamilton", false}, {"san", false}, {"derry", false}, {"bon", false}, {"sri", false}, {"ang", false},
		{"día", false}, {"oni", false}, {"sakura", false}, {"mille", false}, {"hansa", false},
	} {
		t.Run(c.word, func(t *testing.T) {
			if got := isGivenName(c.word); got != c.want {
				t.Errorf("isGivenName(%q) = %v, want %v", c.word, got, c.want)
			}
		})
	}
}

// TestGivenNamesWorldPersons checks that a name opening with a given name
// of the world list is a person where no context rule types it, and that
// the gazetteer's guards still hold for such names.
func TestGivenNamesWorldPersons(t *testing.T) {
	cases := []struct {
		name, text, entity string
		want               kg.NodeType // notPerson: no Person entity of that name
	}{
		{"igbo", "Chinedu Tavartkeli rounds out the household.", "Chinedu Tavartkeli", kg.Person},
		{"hindi", "Siddharth Vellani was seen in Rome.", "Siddharth Vellani", kg.Person},
		{"danish", "Mikkel Fenstrup rounds out the household.", "Mikkel Fenstrup", kg.Person},
		{"turkish", "Burak Pellavi was seen in Rome.", "Burak Pellavi", kg.Person},
		{"guard: film noun", "A Chinedu Tavartkeli movie is coming.", "Chinedu Tavartkeli", notPerson},
		{"guard: after the", "She runs the Merve Dastan foundation shop.", "Merve Dastan", notPerson},
		{"guard: a word of another language", "Bon Vellard opened in 1998.", "Bon Vellard", notPerson},
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
