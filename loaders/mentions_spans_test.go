package loaders

import (
	"strings"
	"testing"
)

// TestMentionSpans checks where findMentions starts and ends names on
// invented sentences: a sentence-opening function word starts a title only
// before an appositive naming a production (not a clause naming one
// further on), a possessive takes a number but not a number compound, and
// a capitalised pronoun after a preposition ends a title.
func TestMentionSpans(t *testing.T) {
	cases := []struct {
		name, text, key string
		want            bool
	}{
		{"a title before its appositive", "News\n\nUntil Sunrise, the video-game adaptation, opens Friday.", "until sunrise", true},
		{"a possessive before a number compound is no title", "News\n\nIt is the largest deal in Lantern' 17-year history.", "lantern' 17", false},
		{"a possessive before a number is a title", "News\n\nShe joined Harbour's 8 last year.", "harbour's 8", true},
		{"a capitalised pronoun ends a title", "News\n\nHer breakout The Dark Calls for Us built a cult following.", "dark calls for us", true},
		{"a pronoun in lower case ends no title", "News\n\nThe Dark Calls for us to wait, she said.", "dark calls for us", false},
		{"'The TV movie' names nothing", "News\n\nThe TV movie picks up ten years after Harbor Lights.", "tv", false},
		{"'The TV' before a capitalised word may open a name", "News\n\nThe TV Lantern Awards went to Harbor Lights.", "tv lantern awards", true},
		{"a sentence adverb opens no name", "News\n\nStateside, Lantern Pictures' Harbor Lights remained a top draw, adding $9 million.", "stateside", false},
		{"a round number opens no name", "News\n\nRoughly 150 years after the fall, the story resumes.", "roughly", false},
		{"a plural noun of the trade opens no name", "News\n\nAnalysts had pegged the opening at $40 million.", "analysts", false},
		{"a common word after a production noun is a title", "News\n\nElsewhere, Lantern's horror film Beneath, starring Kit Moss, added $1.9 million.", "beneath", true},
		{"a common word after an earlier-entry word of a numbered title", "'Them 2' opens soft\n\nBo Reyes took over from Kit Moss, who directed the first Them.", "them", true},
		{"a common word after an earlier-entry word with no numbered title", "News\n\nBo Reyes took over from Kit Moss, who directed the first Them.", "them", false},
		{"a title ending in an exclamation mark before a comma", "News\n\nShe broke through in the 1990 spoof Boom Boom!, from the Shadwick team.", "boom boom!", true},
		{"an exclamation mark inside a title", "News\n\nShe came back for the 2018 sequel, Hey Ho! Round We Go Again. Bo Reyes directed.", "hey ho! round we go again", true},
		{"a company with an exclamation mark", "News\n\nThe distributor was bought by Whoop! Studios last year.", "whoop! studios", true},
		{"an exclamation mark after a title before a lower-case word", "News\n\nThe series Fizz Pop! and the show after it ran on Streamly.", "fizz pop! and", false},
		{"a capitalised particle ends a subtitle", "News\n\nShe came to the job after Dance Off: All In, and it shows.", "dance off: all in", true},
		{"a numbered street is no name", "News\n\nThe family moves to a mansion on 61st Street in the new season.", "61st street", false},
		{"a numbered precinct is no name", "News\n\nHe runs the 19th Precinct in the show.", "19th precinct", false},
		{"a date after a possessive is no name", "News\n\nStreamly dropped the trailer ahead of the sequel's July 3 premiere.", "july 3", false},
		{"a month-named title after a possessive", "News\n\nStreamly's Wednesday season 2 drew big numbers.", "wednesday", true},
		{"a preposition before a company and a clause", "News\n\nFor Skyline Bros. Media, the deal adds a prestige drama to the catalogue.", "for skyline bros. media", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			keys := mentionKeys(c.text)
			found := false
			for _, k := range keys {
				if k == c.key || strings.HasPrefix(k, c.key) {
					found = true
				}
			}
			if found != c.want {
				t.Errorf("mention %q found = %v, want %v; keys %v", c.key, found, c.want, keys)
			}
		})
	}
}
