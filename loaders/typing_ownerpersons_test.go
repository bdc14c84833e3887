package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOwnersOfWorks checks that a personal name owning a work ("P's The
// Slow Climb", "P's new instalment", "shot P's Darkling") is a person and
// not the film it owns, and that the owned name is the film.
func TestOwnersOfWorks(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"owner of a title with The",
			"News\n\nMara Voss most recently starred in Tobin Hale's The Slow Climb for Kestrel.",
			[]string{kg.ID(kg.Person, "Tobin Hale"), kg.ID(kg.Film, "The Slow Climb")}, []string{kg.ID(kg.Film, "Tobin Hale")}},
		{"owner of a dated title",
			"News\n\nThe film is a sequel to Tobin Hale's 1982 Pewter Bay, which Mara Voss produced.",
			[]string{kg.ID(kg.Person, "Tobin Hale")}, []string{kg.ID(kg.Film, "Tobin Hale")}},
		{"owner of a work noun",
			"News\n\nMara Voss is to lead the cast of Tobin Hale's new instalment of The Slow Climb, the studio said.",
			[]string{kg.ID(kg.Person, "Tobin Hale")}, []string{kg.ID(kg.Film, "Tobin Hale")}},
		{"a remake of an owner's film",
			"News\n\n4. A Handful of Pennies (1964)\n\nThe one that started it all was an unofficial remake of Martin Kale's Tsubaki, close enough that Kale sued and won. Tom Reyes plays a nameless drifter.",
			[]string{kg.ID(kg.Film, "Tsubaki")}, []string{kg.ID(kg.Character, "Tsubaki")}},
		{"a pattern's film read after the patterns",
			"News\n\nThe cinematography is by Mara Voss, who shot Tobin Hale's Darkling and deserved better.",
			[]string{kg.ID(kg.Film, "Darkling")}, []string{kg.ID(kg.Film, "Tobin Hale")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}

// TestTitleHead checks that a possessor heading a longer title of the
// article ("Kit Lane: The Return", "the Kit Lane films") is read as a
// title's head, and a plain personal name is not.
func TestTitleHead(t *testing.T) {
	for _, c := range []struct {
		name, text, key string
		want            bool
	}{
		{"head before a colon", "News\n\nKit Lane: The Return opened on Friday. It follows Kit Lane's Summer.", "kit lane", true},
		{"head before a production noun", "News\n\nThe Kit Lane films made money. It follows Kit Lane's Summer.", "kit lane", true},
		{"a plain owner", "News\n\nMara Voss starred in Kit Lane's Summer.", "kit lane", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			for si := range a.sents {
				a.findMentions(si)
			}
			if got := a.titleHead(c.key); got != c.want {
				t.Errorf("titleHead(%q) = %v, want %v", c.key, got, c.want)
			}
		})
	}
}

// TestListedPeopleOwned checks that a list of owned names ("P's C and Q's
// D") or a name before its owner's appositive ("F, P's adaptation") does
// not make people of the names.
func TestListedPeopleOwned(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"owned parts",
			"News\n\nTobin Hale's Abbot Lawrence and Mara Voss's Sister Ines both met grim ends in the finale of the series.",
			nil, []string{"abbot lawrence=Person"}},
		{"a name and its owner's appositive",
			"News\n\nThe show is the sequel to Chalk Lane, Mara Voss's 2011 adaptation of the novel.",
			nil, []string{"chalk lane=Person"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestOwnedFilmAfterNoun checks that "of" after a production noun before
// a person's possessive ("a remake of P's F") marks the owned name as a
// film, and that "of" after another word or "to" does not.
func TestOwnedFilmAfterNoun(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"remake of", "News\n\nIt was an unofficial remake of Martin Kale's Tsubaki.", true},
		{"adaptation of", "News\n\nIt was a loose adaptation of Martin Kale's Tsubaki.", true},
		{"guard: of after a plain noun", "News\n\nIt was one of Martin Kale's Tsubaki.", false},
		{"guard: to after a production noun", "News\n\nIt was the sequel to Martin Kale's Tsubaki.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			got := false
			for si := range a.sents {
				s := &a.sents[si]
				for k := s.a; k < s.b; k++ {
					if a.toks[k].text == "Martin" {
						got = ownedFilmAfterNoun(a.toks, s, k-1)
					}
				}
			}
			if got != c.want {
				t.Errorf("ownedFilmAfterNoun = %v, want %v", got, c.want)
			}
		})
	}
}
