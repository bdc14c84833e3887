package loaders

import (
	"slices"
	"testing"
)

// TestSubjectFilmChoice checks pickTopics' scoring: a numbered title
// written untyped joins the film typed elsewhere, films named in passing
// weigh less than the film the article releases, and a weakly typed
// surname is never the subject.
func TestSubjectFilmChoice(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			name: "numbered title in the headline and the last line",
			text: "Harbour Run II review – Ivo Brandt enters the ring\n\n" +
				"Years later, Ada Quist directs the film Harbour Run II. The screenplay is by Tom Vell, who penned Quist's Northwind. " +
				"Quist gives him little. Quist produced it with Lia Serro.\n\nHarbour Run II is in cinemas from Friday.",
			want: "harbour run ii",
		},
		{
			name: "the spin-off, not the show it came from",
			text: "The Witch Maker\n\n" +
				"That theory powered Brine Road, the nine-episode series that Ada Quist created. " +
				"A spin-off of Nightjar, the series she also created, the show follows Mara Vell. " +
				"Kit Lowe, who appeared in Nightjar as Nell, returns. Ivo Brandt asked her to run Nightjar.\n\n" +
				"Brine Road premiered Sept. 18, 2024.",
			want: "brine road",
		},
		{
			name: "the series the lede names over one named twice later",
			text: " date 2026-03-11 Streamly has renewed Harbor for a fourth part, keeping Kit Moss's thief on the service, the company said.\n\n" +
				"The French series follows Ada Quist as a con artist. Bo Reyes is back as the detective.\n\n" +
				"The news came a day after Streamly cancelled another crime drama. Night Desk, a police thriller from creator Lia Serro, " +
				"has been cancelled after a single season. Night Desk was produced by Mediafilm.",
			want: "harbor",
		},
		{
			name: "a title-case headline's plain short form of a colon title",
			text: "Harbor Crew Reunites for Animated Series\n\nKit Moss is back. An animated Harbor series, Harbor: The Deep, is in development, " +
				"with Moss returning to voice Captain Ada Quist. It is set between the end of the 2002 series and the 2005 feature Lantern, " +
				"a Universal release. Bo Reyes wrote Lantern. Lia Serro voices Zoe, and Ivo Brandt returns as the pilot.",
			want: "harbor: the deep",
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

// TestFollowUpCredits checks that the credits of "The follow-up to 2015's
// X was directed by P" and of the sentences after it go to the article's
// subject, not to X.
func TestFollowUpCredits(t *testing.T) {
	_, claims := subjectFacts("Box Office: 'Lantern Road 2' Opens Big\n\n" +
		"Lantern Road 2 opened to $155 million this weekend.\n\n" +
		"The follow-up to 2015's Lantern Road was directed by Kelsey Danvers, from a screenplay by Meg Tollard. " +
		"Amy Trelawney leads the voice cast again as Pep.")
	for _, w := range []string{"DIRECTED kelsey danvers -> lantern road 2", "WROTE meg tollard -> lantern road 2"} {
		if !slices.Contains(claims, w) {
			t.Errorf("missing %q; got %v", w, claims)
		}
	}
	if slices.Contains(claims, "DIRECTED kelsey danvers -> lantern road") {
		t.Errorf("credit given to the earlier film: %v", claims)
	}
}

// TestSeriesIsSubject checks that a subject written before "season"
// ("Thursday season 3") is the article's series over a name another
// season cue typed ("one more season of Ravenhold", its school).
func TestSeriesIsSubject(t *testing.T) {
	in := Input{Text: "Thursday Season 2: Everything We Know\n\n" +
		"Thursday is back. Thursday Penwarden has survived a killer. Now she has one more season of Ravenhold to get through. " +
		"Is Lady Vesper in Thursday season 3? Thursday returns in August. Ravenhold reunions are fun.\n\n" +
		"The series stars Jenna Ortolan."}
	in.Article.ID = "t"
	a := newArticle(&in)
	a.run()
	if a.seriesFilm < 0 || a.ents[a.find(int(a.seriesFilm))].key != "thursday" {
		got := ""
		if a.seriesFilm >= 0 {
			got = a.ents[a.find(int(a.seriesFilm))].key
		}
		t.Errorf("series %q, want %q", got, "thursday")
	}
}

// TestEpithetTitle checks that "Kravos" joins "Kravos the Hunter", the one
// title of the article that is the word, "the" and one more word.
func TestEpithetTitle(t *testing.T) {
	ents, _ := subjectFacts("Studio Moves 'Kravos the Hunter'\n\nThe studio has pushed Kravos the Hunter, the R-rated spinoff, to December. " +
		"No other feature opens until the film Kravos arrives.")
	if slices.Contains(ents, "Film:kravos") {
		t.Errorf("'Kravos' is a film of its own: %v", ents)
	}
}

// TestAppositiveCredit checks that the parts listed after "P, the young
// star of C's F, as C" are in the article's subject, and that P keeps F as
// a credit of their own.
func TestAppositiveCredit(t *testing.T) {
	_, claims := subjectFacts("'Witch Road' Builds Its Coven\n\n" +
		"Witch Road, the nine-episode series that Ada Quist created, premiered in 2024. " +
		"For Witch Road, Quist built a coven: Joe Pennick, the young star of Corvid's Emberline, as the mysterious Teen; " +
		"Audra Pell as Rio Vane; and Ali Brenton as Alice Tarn.\n\nWitch Road premiered Sept. 18, 2024.")
	for _, w := range []string{"ACTED_IN audra pell -> witch road (rio vane)", "ACTED_IN joe pennick -> emberline"} {
		if !slices.Contains(claims, w) {
			t.Errorf("missing %q; got %v", w, claims)
		}
	}
	if slices.Contains(claims, "ACTED_IN audra pell -> emberline (rio vane)") {
		t.Errorf("part given to the actor's earlier credit: %v", claims)
	}
}

// TestDatedLaterEntry checks that "Nightbrand" named often and "Nightbrand:
// Covenant in 2004" named once after it, with its year, stay two films.
func TestDatedLaterEntry(t *testing.T) {
	ents, _ := subjectFacts("How 'Nightbrand' Lost Its Way\n\nThe studio's Nightbrand reboot has lost its date. Nightbrand has gone through two directors. " +
		"Wes Darrow played the hunter in three films for New Line Cinema, ending with Nightbrand: Covenant in 2004. Nightbrand has no date now.")
	for _, w := range []string{"Film:nightbrand", "Film:nightbrand: covenant"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
}

// TestTailTitle checks that "Kills", named after "Hallowmas Kills", joins
// it: the one two-word title of the article that ends with the word.
func TestTailTitle(t *testing.T) {
	ents, _ := subjectFacts("Review\n\nThe film Hallowmas Kills opens Friday. Green said the three had written the film Kills in a year.")
	if slices.Contains(ents, "Film:kills") {
		t.Errorf("'Kills' is a film of its own: %v", ents)
	}
}

// TestNumberedPlaces checks that a numbered place or unit opening a
// sentence ("On Stage 9 of a studio lot") and an ordinal company ("20th
// Television") are typed no film, while a title ending in a sequel number
// is.
func TestNumberedPlaces(t *testing.T) {
	ents, _ := subjectFacts("News\n\nOn Stage 12 of a studio lot in Burbank, the bridge of the ship is as fans left it. " +
		"The squad reports to Unit 731 in the film. Harbor Run 3 opened on Friday, after Harbor Run 2 did well.")
	ents2, _ := subjectFacts("News\n\nHarbor Door Productions is producing with 30th Television.")
	if slices.Contains(ents2, "Film:30th television") {
		t.Errorf("unwanted Film:30th television; got %v", ents2)
	}
	for _, w := range []string{"Film:stage 12", "Film:on stage 12", "Film:unit 731"} {
		if slices.Contains(ents, w) {
			t.Errorf("unwanted %q; got %v", w, ents)
		}
	}
	if !slices.Contains(ents, "Film:harbor run 3") {
		t.Errorf("missing Film:harbor run 3; got %v", ents)
	}
}

func TestFamilyNameFirst(t *testing.T) {
	for _, c := range []struct {
		name, key, fam string
		want           bool
	}{
		{"korean", "bae tae-hoon", "bae", true},
		{"chinese", "lau kai-fong", "lau", true},
		{"western", "harlan scott", "harlan", false},
		{"other family", "bae tae-hoon", "tae-hoon", false},
		{"three words", "tommy lok kai-wing", "tommy", false},
		{"trailing hyphen", "kim tae-", "kim", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := familyNameFirst(c.key, c.fam); got != c.want {
				t.Errorf("familyNameFirst(%q, %q) = %v, want %v", c.key, c.fam, got, c.want)
			}
		})
	}
}

func TestFranchiseHeadlineSubject(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{
			name: "a quoted franchise trilogy headline: no one numbered entry is the subject",
			text: "'Night Harbor' Trilogy Heads Back to Cinemas\n\n" +
				"Dunmore Pictures is bringing all three Night Harbor films back to the big screen. " +
				"Night Harbor II starred Kit Moss as Ray Tallis, and Night Harbor II made Moss a star. " +
				"Night Harbor III followed a year later, directed by Ada Pell.",
			want: "",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := subjectKey(c.text); got != c.want {
				t.Errorf("subject = %q, want %q", got, c.want)
			}
		})
	}
}

func TestSubtitledBaseSubject(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{
			name: "an untyped base of subtitled films is typed and can be the subject over a first-line tagline",
			text: "Stay Frosty (again)! Our recap of the Iron Tide panel in Hall B\n\n" +
				"Saturday's Iron Tide panel was everything we hoped for. Iron Tide is coming to TV, and Iron Tide fans cheered.\n\n" +
				"Iron Tide made Cole Danner a star. The crowd loved it. Nobody saw the news coming.\n\n" +
				"Danner admitted he still isn't happy with Iron Tide: Riptide, the 2016 sequel. " +
				"He announced Iron Tide: First Light, a limited series for a streamer.",
			want: "iron tide",
		},
		{
			name: "a weak base named as the franchise does not outscore its subtitled film in the lede",
			text: "The robots are back. Meridian Television is developing a live-action Iron Tide series, and there is plenty to go on. " +
				"Here is everything we know about Iron Tide: Origins so far.\n\n" +
				"How does it fit with the other Iron Tide stories? Iron Tide fans will see. Iron Tide: Riptide, directed by Ada Pell, arrived in 2018.",
			want: "iron tide: origins",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := subjectKey(c.text); got != c.want {
				t.Errorf("subject = %q, want %q", got, c.want)
			}
		})
	}
}

// TestNewProductionSubject checks that the production introduced as "her
// new film, X," is the subject over an earlier film it follows up, named
// more often ("a follow-up to Y").
func TestNewProductionSubject(t *testing.T) {
	text := "Kit Moss has made a romance and an epic.\n\nHer new film, Harbor Lane, is about numbers. The studio calls it a follow-up to Red Ledger. Red Ledger is a beloved movie. Kit Moss loved Red Ledger."
	if got := subjectKey(text); got != "harbor lane" {
		t.Errorf("subject = %q, want %q", got, "harbor lane")
	}
}

// TestHeadlineNewerNoun checks that a headline naming a title after a
// newer-production noun ("Orders Spin-Off 'Y'") makes that title the
// subject over the renewed one the body names more often.
func TestHeadlineNewerNoun(t *testing.T) {
	text := "Streamer Renews 'Harbor Lights' for Season 9, Orders Spin-Off 'Dock Nine'\n\n" +
		"Lumen has renewed Harbor Lights for a ninth season. Harbor Lights has run since 2019. " +
		"Lumen confirmed that Dock Nine, a drama spun off from Harbor Lights, is in production. Dock Nine was created by Kit Moss."
	if got := subjectKey(text); got != "dock nine" {
		t.Errorf("subject = %q, want %q", got, "dock nine")
	}
}
