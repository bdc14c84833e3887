package loaders

import (
	"slices"
	"testing"
)

// TestCreditTitles checks typeCreditTitles: titles after a credit
// preposition and an owner's possessive, after a maker and "behind",
// after "credits include" and after an award and "for"; and the names it
// leaves alone (a place's possessive, a part after "includes", a title it
// would cut short).
func TestCreditTitles(t *testing.T) {
	ents, _ := subjectFacts("News\n\nEhren Vale was recently seen in Christopher Lund's Brightfall. " +
		"Kit Moss, the French filmmaker behind Night Courier and Tin Harbour, was brought in. " +
		"Dan Ruiz, whose credits include The Last Orchard, built the set. Ada Quist won her Oscar for Darkest Summer. " +
		"The premiere was held in London's West End. The squad includes Sebastian Crane's Robbie Brannagh. " +
		"Bo Reyes, whose credits include Lost in Orbit, is repped by Gersh. Mick Tollan, whose 2021 debut Boar drew raves, took over from " +
		"Jeff Ambler, the Marsh director originally hired. Julia Hennessy plays Ravenna, the CIA director who recruits them.")
	for _, w := range []string{"Film:brightfall", "Film:night courier", "Film:tin harbour", "Film:last orchard", "Film:darkest summer", "Film:boar", "Film:marsh"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
	for _, w := range []string{"Film:west end", "Film:robbie brannagh", "Film:lost", "Film:cia"} {
		if slices.Contains(ents, w) {
			t.Errorf("unwanted %q; got %v", w, ents)
		}
	}
}

// TestPluralNounTitles checks that a plural production noun types the
// titles listed right after it ("whose previous features A and B").
func TestPluralNounTitles(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"features and a list", "News\n\nIt is the best start for Ada Quist, whose previous features The Salt Choir and Lantern Yard made far less.",
			[]string{"Film:salt choir", "Film:lantern yard"}},
		{"films and one title", "News\n\nDan Ruiz made the films Copper Sky before he retired.",
			[]string{"Film:copper sky"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			for _, w := range c.want {
				if !slices.Contains(ents, w) {
					t.Errorf("missing %q; got %v", w, ents)
				}
			}
		})
	}
}

// TestOwnerTitleRuns checks that a title after an owner's possessive goes
// on over a small word ("Sony's Take Me to the Sea"), that a subtitle goes
// on over "or" ("Bad Lads: Ride or Fall"), and that a one-word title moved
// to a holiday stays one word.
func TestOwnerTitleRuns(t *testing.T) {
	in := Input{Text: "News\n\nNext weekend brings Apple and Sony's Take Me to the Sea, starring Ada Quist. " +
		"Sony's Bad Lads: Ride or Fall took fourth. Kestrel moved Northwind's Lantern to Thanksgiving."}
	a := newArticle(&in)
	a.run()
	var got []string
	for _, m := range a.ments {
		got = append(got, m.key)
	}
	for _, w := range []string{"take me to the sea", "bad lads: ride or fall", "lantern"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing mention %q; got %q", w, got)
		}
	}
}

// TestCommaSeasonTitles checks that "X, season one" in a watch-order list
// types X a series everywhere in the article, also where it opens a
// sentence with no cue, and that a name with no season after its comma is
// left alone.
func TestCommaSeasonTitles(t *testing.T) {
	ents, _ := subjectFacts("How to Watch Murk in Order\n\nMurk is famous for being confusing. Here is the order.\n\n" +
		"Murk, season one (December 1, 2017) - ten episodes\n\nMurk, season two (June 21, 2019) - eight episodes\n\n" +
		"Ada Quist plays the teenager. Harbor, season after season, stayed quiet.")
	if !slices.Contains(ents, "Film:murk") {
		t.Errorf("missing Film:murk; got %v", ents)
	}
	if slices.Contains(ents, "Film:harbor") {
		t.Errorf("unwanted Film:harbor; got %v", ents)
	}
}

// TestSuchAsTitles checks that the names listed after a plural production
// noun and "such as" or "including" are typed films, and that a list of
// places after "cities such as" is not.
func TestSuchAsTitles(t *testing.T) {
	ents, _ := subjectFacts("News\n\nLantern also re-releases older titles such as Moonlit Harbor, Glass River and Quiet Hill. " +
		"The studio made films including Night Lantern and Red Orchard. It opened offices in cities such as Lisbon and Porto.")
	for _, w := range []string{"Film:moonlit harbor", "Film:glass river", "Film:quiet hill", "Film:night lantern", "Film:red orchard"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
	for _, w := range []string{"Film:lisbon", "Film:porto"} {
		if slices.Contains(ents, w) {
			t.Errorf("unwanted %q; got %v", w, ents)
		}
	}
}

// TestReleasedTitles checks typeReleasedTitles: a name a relative clause
// says premiered is a film; a person or company "which opened" is not.
func TestReleasedTitles(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"premiered", "News\n\nCorvid, which premiered in competition here on Saturday, is a portrait of a painter.", []string{"Film:corvid"}, nil},
		{"debuts with aux", "News\n\nNeap Tide, which finally debuts on Friday, stars Ada Pell.", []string{"Film:neap tide"}, nil},
		{"not a company opening", "News\n\nGrayline, which opened an office in Leeds, hired Ada Pell.", nil, []string{"Film:grayline"}},
		{"not a personal name", "News\n\nMaria Dorn, who premiered her play in May, spoke to us.", nil, []string{"Film:maria dorn"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestMakerAppositiveTitles checks typeMakerAppositiveTitles: a name an
// appositive names as someone's production is a film; a place before a
// clause ("at the Gala, P's film has him as C") or a name after the
// production noun is not.
func TestMakerAppositiveTitles(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"film about", "News\n\nShe designed the costumes for A Quiet Shore, Ada Pell's film about two sisters.", []string{"Film:a quiet shore"}, nil},
		{"new drama ends the sentence", "News\n\nHe is filming Night Ferry, Netflix's new drama.", []string{"Film:night ferry"}, nil},
		{"a clause, no appositive", "News\n\nAt the Harbor Gala, Ada Pell's film has him as a guard.", nil, []string{"Film:harbor gala"}},
		{"a title after the noun", "News\n\nNew in the Midlands, Sony's slasher romance Red Hearts took $8 million.", nil, []string{"Film:midlands"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestMadeForTitles checks typeMadeForTitles: names a maker's verb makes
// for a person are films; made for a company, or no "for", they are left
// alone.
func TestMadeForTitles(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"list for a person", "News\n\nHe also designed Glassjaw and Red Quarry for Ada Pell, and most of her films.", []string{"Film:glassjaw", "Film:red quarry"}, nil},
		{"for a company", "News\n\nHe also designed Glassjaw for Dunmore Studios.", nil, []string{"Film:glassjaw"}},
		{"no for", "News\n\nHe designed Glassjaw quickly.", nil, []string{"Film:glassjaw"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestStarredTitles checks typeStarredTitles: names after an acting verb
// and "in" are films, a list with them.
func TestStarredTitles(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"co-starred", "News\n\nHall, who co-starred in Night Quarry, is with Gersh.", []string{"Film:night quarry"}, nil},
		{"broke out, a list", "News\n\nAda Pell broke out in Red Quarry and Low Harbor, two dramas.", []string{"Film:red quarry", "Film:low harbor"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
