package loaders

import "testing"

// TestCapsRunGenreStop checks that a title written in capitals ends before
// a news-genre word written in capitals ("X PANEL RECAP: ..."), and that
// "& the" and a number word goes on inside a name.
func TestCapsRunGenreStop(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"caps title before a rubric",
			"KIT LANE & THE FIVE PANEL RECAP: Ada Pell sings live\n\nWe were at the Kit Lane & the Five panel on Saturday.",
			[]string{"kit lane & the five"}, []string{"kit lane & the five panel recap: ada pell", "kit lane"}},
		{"caps title before a trailer",
			"HARBOR NIGHTS TRAILER teases a war\n\nThe first look at Harbor Nights arrived today.",
			[]string{"harbor nights"}, []string{"harbor nights trailer"}},
		{"a mixed-case run keeps its word",
			"News\n\nThe Panel Review Board met in Leeds.",
			[]string{"panel review board"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestTheInsideTitle checks that a title opened by a capitalised "The"
// inside a sentence goes on over a lower-case "the" before a capitalised
// word ("The Night the Lights Went Out"), and stops before a lower-case
// one.
func TestTheInsideTitle(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"title over the", "News\n\nThe studio greenlit a sequel to The Night the Harbor Burned last week.",
			[]string{"night the harbor burned"}, []string{"night", "harbor burned"}},
		{"stops before lower-case words", "News\n\nShe shot The Beaconry the way she wanted.",
			[]string{"beaconry"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestInterjectionsNoNames checks that an interjection opening a spoken
// answer ("Yeah, ...", "Wow, ...") is no name.
func TestInterjectionsNoNames(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"yeah", "Q&A\n\nYeah, Ada Pell's movie opened the door for me.", []string{"ada pell"}, []string{"yeah"}},
		{"wow", "Q&A\n\nWow, Night Harbor was a hard shoot.", []string{"night harbor"}, []string{"wow"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
