package loaders

import "testing"

// TestLedeOverBase checks that the production the first film-naming
// sentence introduces outranks the earlier title it names in passing as
// its base, even when a scene-setting lede names no film and the base is
// named more often later.
func TestLedeOverBase(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			name: "a scene-setting lede, then the new series and the team behind an older one",
			text: "It is raining on Quay Street, and nobody on the crew minds. Ada Quist watches a monitor as two brothers argue.\n\n" +
				"This is day 30 of 60 on Hollow Pines, the eight-part drama that reunites much of the team behind Tin Harbour. " +
				"Kestrel Pictures, which produced that series, is making the new one.\n\n" +
				"Tin Harbour made stars of its leads. Tin Harbour ran for two seasons. Quist still talks about Tin Harbour.",
			want: "hollow pines",
		},
		{
			name: "a spin-off named with the show it comes from",
			text: "On a cold morning in the harbour town, a street has been turned into a crime scene.\n\n" +
				"Bo Reyes is back as Nell Vance for Brine Road, the network's spin-off of Nightjar, the family drama that ended last year. " +
				"Mara Quint plays Tess.\n\nNightjar ran for ten seasons. Reyes says Nightjar shaped him. Fans of Nightjar will know Tess.",
			want: "brine road",
		},
		{
			name: "a film in a relative clause of the first film sentence is no news",
			text: "It is two in the morning on Mill Street and the rain machines are running.\n\n" +
				"The boxer in question is Tom Vell, whose comeback was told in the film Iron Pier, Ada Quist's 2010 drama. " +
				"The new series, a ten-episode prequel called Young Vell, rewinds to his teenage years. Young Vell stars Kit Moss. " +
				"Young Vell is shot in the same gym.",
			want: "young vell",
		},
		{
			name: "a description after a lower-case 'the' does not outrank the possessive title",
			text: "The Hollowfen Season 2: Release Date, Cast and Everything to Know\n\n" +
				"Three years after Streamly's The Hollowfen brought Ada Finch's comic book saga to the screen, the Lord of the Harbour is back for a second and final season. " +
				"Tom Ives plays the Lord, and Kit Moss is Wren.",
			want: "hollowfen",
		},
		{
			name: "a lede that names the news film keeps it",
			text: "The thriller Lantern Bay opens in cinemas on Friday. Lantern Bay stars Kit Moss.\n\nMoss was last seen in the film Dune Road. " +
				"Dune Road was a hit. Dune Road made money.",
			want: "lantern bay",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := subjectKey(c.text)
			if got != c.want {
				t.Errorf("subject film %q, want %q", got, c.want)
			}
		})
	}
}

// TestPassingSeasonOf checks that a passing cue reaches past "the second
// season of" to the title ("since the second season of X"), while "the
// second season of X" with no cue before it stays the news, and that a
// title before a genre noun and another title describes it ("the X
// thriller Y").
func TestPassingSeasonOf(t *testing.T) {
	cases := []struct {
		name, text, title string
		passing           bool
	}{
		{"a launch compared with an earlier season", "The network's new drama Hollow Pines drew two million viewers, its best launch since the second season of Tin Harbour.", "Tin Harbour", true},
		{"a title describing the title after it", "Kestrel's Iron Coast thriller Harbor Run stormed to the top of the box office with the film Iron Coast in its wake.", "Iron Coast", true},
		{"the season the news is about", "The network has renewed the drama and dated the second season of Tin Harbour for May.", "Tin Harbour", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			found := false
			for mi := range a.ments {
				if a.ments[mi].text == c.title {
					found = true
					if got := a.passingMention(mi); got != c.passing {
						t.Errorf("passingMention(%q) = %v, want %v", c.title, got, c.passing)
					}
					break // its first mention
				}
			}
			if !found {
				t.Fatalf("no mention %q", c.title)
			}
		})
	}
}
