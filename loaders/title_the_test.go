package loaders

import (
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestHeadlineTheTitles checks that a headline's quoted "The" title on a
// common word ("'The Eight'") is read whole in the body, that a longer
// name starting the same way is not cut, and that a capitalised "The"
// inside a run of capitalised words opens another name.
func TestHeadlineTheTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"quoted The title read in the body",
			"Kit Moss Joins Harbor Studios Series 'The Eight'\n\nKit Moss has joined The Eight, Harbor Studios' new drama, sources say.",
			[]string{"eight=Film"}, nil},
		{"a longer name is not cut",
			"Kit Moss Joins Harbor Studios Series 'The Eight'\n\nKit Moss has joined The Eight. The show borrows from The Eight Mountains, a novel.",
			[]string{"eight mountains="}, []string{"mountains="}},
		{"inner The opens another name",
			"News\n\nThe drama updates the classic Thriller The Long Crossing for a new audience.",
			[]string{"long crossing="}, []string{"thriller the long crossing="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestHeadingKeepsThe checks that a title-case heading naming a film
// after a word ("What Is The Annexe?") gives the film its "The", and that a
// label before the title or a longer run after it does not.
func TestHeadingKeepsThe(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"question heading",
			"News\n\nThe Annexe, the hospital drama from Kit Moss, returns to Harbor+ on Friday.\n\nWhat Is The Annexe?\n\nThe series follows a night shift.",
			[]string{kg.ID(kg.Film, "The Annexe")}, []string{kg.ID(kg.Film, "Annexe")}},
		{"label before the title",
			"News\n\nAnnexe, the hospital drama from Kit Moss, returns to Harbor+ on Friday.\n\nLead Character – The Annexe\n\nThe series follows a night shift.",
			[]string{kg.ID(kg.Film, "Annexe")}, []string{kg.ID(kg.Film, "The Annexe")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}

// TestSubtitleVerbObject checks that a one-word subtitle verb and its
// object joined by a lower-case "the" stay in the title ("Harbor: Fight
// the Tide"), and that a lower-case word after "the" ends it.
func TestSubtitleVerbObject(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"verb and object",
			"News\n\nShe starred in the films Harbor: Fight the Tide and Harbor: Last Light.",
			[]string{"harbor: fight the tide=Film"}, []string{"harbor: fight=Film"}},
		{"lower-case word after the",
			"News\n\nShe starred in Harbor: Fight the film's villain later.",
			nil, []string{"harbor: fight the film's villain="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestWesternGenreWord checks that the genre "Western", written
// capitalised after a describing word, is no part of the title after it,
// while a place name after "the" keeps it.
func TestWesternGenreWord(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"genre before a title",
			"News\n\nKit Moss's three-hour Western Dust Road: Part One opened in 3,000 theaters.",
			[]string{"dust road: part one="}, []string{"western dust road: part one="}},
		{"place after the",
			"News\n\nHis grandfather fought on the Western Front in 1916.",
			[]string{"western front="}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := mentionTypes(c.text)
			for i, g := range got {
				got[i] = g[:strings.IndexByte(g, '=')+1]
			}
			checkLines(t, got, c.want, c.not)
		})
	}
}
