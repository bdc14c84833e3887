package loaders

import "testing"

// TestCuedTitledParts checks typeCuedTitledParts and the stacked ranks of
// typeRankedCharacters on invented sentences: a title and a name a cast
// cue points at are a character; a courtesy title before "in" and a
// production, another name of someone ("known as") and a title without a
// cue are left alone.
func TestCuedTitledParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"as and a job title", "Omar Feld had a recurring role as Commissioner Dale Mott, the league's boss, on the drama Overtime.",
			[]string{"Character:commissioner dale mott"}, []string{"Person:commissioner dale mott"}},
		{"title before in and a film", "Small parts followed: Judge Nora Pell in the legal farce Hung Jury, and more.",
			[]string{"Character:judge nora pell"}, []string{"Person:judge nora pell"}},
		{"he was and a title", "Ada Brandt directed it. In 1990 he was Coach Walt Dunmore, the loud one, in the comedy Fourth Down.",
			[]string{"Character:coach walt dunmore"}, nil},
		{"played a courtesy title", "Tova Rinn played Mrs. Pennyfeather, the landlady, in Cold Rooms.",
			[]string{"Character:mrs. pennyfeather"}, nil},
		{"stacked titles", "Later generations knew him as Vice President Dale Mott on the thriller Overtime.",
			[]string{"Character:vice president dale mott"}, []string{"Person:vice president dale mott"}},
		{"stacked ranks", "In 1994 he was Detective Sergeant Pellow, the partner of the lead, in the comedy Night Desk.",
			[]string{"Character:detective sergeant pellow"}, nil},
		{"such as", "Guests such as Dame Ilse Vantreight attended the premiere of Cold Rooms.",
			nil, []string{"Character:dame ilse vantreight"}},
		{"known as", "Rhea Dunn plays Gemma Rook, known on the night shift as Ms. Quill, in Lantern.",
			nil, []string{"Character:ms. quill"}},
		{"no cue", "Judge Harlan Reed praised the ruling, and Principal Ada Moss agreed.",
			nil, []string{"Character:judge harlan reed", "Character:principal ada moss"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestHeadlineAsParts checks headlineAsParts on invented articles: the
// name a headline ends with after "Actor Back as" is a character in the
// body too; a conjunction "as" before a name and a verb is not read.
func TestHeadlineAsParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"part at the headline's end", "'Glass Haven' Movie a Go, Ines Calder Back as Tessa Marwick\n\nTessa Marwick is getting her day at the movies. The studio confirmed it.\n",
			[]string{"Character:tessa marwick"}, []string{"Person:tessa marwick"}},
		{"guard: a conjunction", "'Glass Haven' Finds Its Lead as Tessa Marwick Boards Reboot\n\nTessa Marwick has joined the cast. The studio confirmed it.\n",
			nil, []string{"Character:tessa marwick"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
