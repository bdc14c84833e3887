package loaders

import (
	"slices"
	"testing"
)

// TestCueTitles checks typeCueTitles on invented articles: each case
// lists entities (type:key) that must be found and ones that must not.
func TestCueTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"roman sequel numeral with its base named",
			"News\n\nStarforge Saga II is the latest Paramount release to reach streaming. The film follows 2019's Starforge Saga, which Ada Quist directed.",
			[]string{"Film:starforge saga ii"}, nil},
		{"number sequel with a sibling number",
			"News\n\nKit Moss wrote Iron Harbor 4 before she joined. Iron Harbor 3 was a hit.",
			[]string{"Film:iron harbor 4"}, nil},
		{"monarch numeral is no sequel",
			"News\n\nThe drama follows Edmund VII and his court. Edmund was played by Bo Reyes.",
			nil, []string{"Film:henry viii"}},
		{"watch verb",
			"News\n\nWhen and where can I watch Crimson Tide Rising? Fans have waited a year.",
			[]string{"Film:crimson tide rising"}, nil},
		{"premieres and starts streaming",
			"News\n\nGlass Lantern premieres on Friday. Silver Orchard starts streaming next week on a new service.",
			[]string{"Film:glass lantern", "Film:silver orchard"}, nil},
		{"hits theaters",
			"News\n\nNorthbound Express hits theaters in May, six years after the first film.",
			[]string{"Film:northbound express"}, nil},
		{"crew participle appositive",
			"News\n\nMarcy Dell shot it on film. Brightwater, co-produced by Lantern Pictures, arrives in April.",
			[]string{"Film:brightwater"}, nil},
		{"returns to a company",
			"News\n\nThe cast is back. Brightwater returns to Peacock in April 2026.",
			[]string{"Film:brightwater"}, nil},
		{"returns as a part is no title",
			"News\n\nKit Moss returns as Nell in the sequel.",
			nil, []string{"Film:kit moss"}},
		{"person before premieres is left alone",
			"News\n\nMaria Lopez premieres her new play in Boston.",
			nil, []string{"Film:maria lopez"}},
		{"season of an owner's series",
			"News\n\nKit Moss has joined the fourth season of Peacock's Quiet Harbor Lane, sources say.",
			[]string{"Film:quiet harbor lane"}, []string{"Film:peacock"}},
		{"season number of",
			"News\n\nBo Reyes will direct season 3 of Lantern Bay for the streamer.",
			[]string{"Film:lantern bay"}, nil},
		{"headline production noun",
			"The Ember Crown Live-Action Movie: Everything We Know\n\nHere is what has been confirmed about The Ember Crown so far. Ada Quist will play the queen.",
			[]string{"Film:ember crown"}, nil},
		{"company possessive title",
			"News\n\nBo Reyes spoke to us. Lantern Pictures' Hollow Meadow was shot in Prague last spring.",
			[]string{"Film:hollow meadow"}, nil},
		{"headline-quoted title after a possessive, given name first",
			"Nominations: 'Frank Bellamy' Leads\n\nBo Reyes was nominated. Lantern TV+'s Frank Bellamy scored 21 nominations this morning.",
			[]string{"Film:frank bellamy"}, []string{"Person:frank bellamy"}},
		{"possessive seasons with a given name first",
			"News\n\nThe streamer has renewed Frank Bellamy. Frank Bellamy's first three seasons are streaming now.",
			[]string{"Film:frank bellamy"}, []string{"Person:frank bellamy"}},
		{"credit in passing with an owner and a part",
			"News\n\nKit Moss was a fixture of television. In Peacock's Low Fens he played the bishop. He later turned up in HBO's Brine Road as Lord Ashgrove.",
			[]string{"Film:low fens", "Film:brine road"}, nil},
		{"place with an owner is no credit",
			"News\n\nKit Moss grew up in London's West End as a child.",
			nil, []string{"Film:west end"}},
		{"an awards show is no production",
			"News\n\nKit Moss hosts this year. The 75th Harbor Television Awards premieres on Fox on Sept. 18.",
			nil, []string{"Film:75th harbor television awards", "Film:harbor television awards"}},
		{"appositive naming the network",
			"News\n\nKit Moss was nominated. Dusk Harbor, the Peacock series based on a novel, picked up nine nominations.",
			[]string{"Film:dusk harbor"}, nil},
		{"a surname before a network appositive is no title",
			"News\n\nKit Moss joined the cast. Moss, the Peacock drama's lead, spoke to us.",
			nil, []string{"Film:moss"}},
		{"headline noun needs the name right before it",
			"Ada Quist Talks Her New Movie\n\nAda Quist sat down with us in Boston.",
			nil, []string{"Film:ada quist"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestSeasonOfSubject checks that the series named after "the fifth
// season of" a streamer's possessive is the article's subject: the cast
// joins it rather than a place named later.
func TestSeasonOfSubject(t *testing.T) {
	_, claims := subjectFacts("News\n\nKit Moss has boarded the fifth season of Peacock's Quiet Harbor Lane, sources say. " +
		"Moss will play Dana Pike, the owner of the Corner Diner. Bo Reyes also stars as Hal Finch.")
	for _, w := range []string{"ACTED_IN kit moss -> quiet harbor lane (dana pike)"} {
		if !slices.Contains(claims, w) {
			t.Errorf("missing %q; got %v", w, claims)
		}
	}
}

// TestPropagateTitles checks that a title of two words or more typed by a
// strong cue once gives its type to its other mentions, which then make
// it the article's subject; and that a one-word fragment does not.
func TestPropagateTitles(t *testing.T) {
	_, claims := subjectFacts("News\n\nThe streamer has officially brought back Frank Bellamy. Ada Quist returns as Nell Hart, the club's owner. " +
		"Earlier this week it cancelled the spy drama The Beaconry Room. Frank Bellamy's first three seasons are streaming now.")
	if w := "ACTED_IN ada quist -> frank bellamy (nell hart)"; !slices.Contains(claims, w) {
		t.Errorf("missing %q; got %v", w, claims)
	}
}

// TestHeadlineSequel checks that a headline's "Base N", whose base the body
// names, becomes the article's film and takes its cast, and that a
// headline speaking of a season adds nothing.
func TestHeadlineSequel(t *testing.T) {
	ents, claims := subjectFacts("Ada Quist on Writing Iron Harbor 5\n\nWriter Ada Quist was hired to crack the fifth Iron Harbor. " +
		"Bo Reyes is set to direct the sequel and star again as Hal Finch.")
	if w := "Film:iron harbor 5"; !slices.Contains(ents, w) {
		t.Errorf("missing %q; got %v", w, ents)
	}
	if w := "ACTED_IN bo reyes -> iron harbor 5 (hal finch)"; !slices.Contains(claims, w) {
		t.Errorf("missing %q; got %v", w, claims)
	}
	ents, _ = subjectFacts("Iron Harbor 5 Cast Guide: Who's Who Before the Final Season\n\nIron Harbor returns for its final season. Bo Reyes plays Hal Finch.")
	if w := "Film:iron harbor 5"; slices.Contains(ents, w) {
		t.Errorf("unwanted %q; got %v", w, ents)
	}
	// an explainer's colon ends the title; a subtitle's does not
	ents, _ = subjectFacts("Iron Harbor 2: Everything We Know So Far About the Sequel\n\nA follow-up to Iron Harbor has been in the works for years. Bo Reyes will direct.")
	if w := "Film:iron harbor 2"; !slices.Contains(ents, w) {
		t.Errorf("missing %q; got %v", w, ents)
	}
	ents, _ = subjectFacts("Iron Harbor 2: The Cold Current Review\n\nA follow-up to Iron Harbor has been in the works for years. Bo Reyes will direct.")
	if w := "Film:iron harbor 2"; slices.Contains(ents, w) {
		t.Errorf("unwanted %q; got %v", w, ents)
	}
}

// TestTypeNamedTitles checks that a name right after the noun "title" is a
// film ("working title Dog Watch") and a personal name there is not.
func TestTypeNamedTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"working title",
			"News\n\nThe new film, working title Night Harbor, would pick up in 1990.",
			[]string{"night harbor=Film"}, nil},
		{"personal name after title",
			"News\n\nShe took the title from Kit Moss last year.",
			nil, []string{"kit moss=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestTypeViewershipTitles checks that a name opening a clause that
// reports an audience is a show, and that box office in dollars and a
// personal name are left alone.
func TestTypeViewershipTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two shows in one sentence",
			"News\n\nHarbor Med opened its 11th season with 5.4 million, while Harbor Sentry closed the evening with 4.7 million at 10 p.m.",
			[]string{"harbor med=Film", "harbor sentry=Film"}, nil},
		{"box office in dollars",
			"News\n\nRed Lantern earned $40 million this weekend.",
			nil, []string{"red lantern=Film"}},
		{"a person",
			"News\n\nLaura Moss drew 2 million viewers to the special.",
			nil, []string{"laura moss=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestComingBackTitles checks that a name opening a sentence that says it
// is coming back is a production, and that a personal name is not.
func TestComingBackTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"coming back",
			"News\n\nHarborpoint is coming back. The network confirmed a final run.",
			[]string{"harborpoint=Film"}, nil},
		{"back for a final run",
			"News\n\nThe Lanterns is back for a final run on Sunday.",
			[]string{"lanterns=Film"}, nil},
		{"a person is back",
			"News\n\nLaura Moss is back. She plays the detective again.",
			nil, []string{"laura moss=Film"}},
		{"a group coming back",
			"News\n\nThe Lanterns are coming back, this time to the small screen.",
			nil, []string{"lanterns=Film"}},
		{"a name shaped like a person's",
			"News\n\nMoss Vane is back. She plays the detective again.",
			nil, []string{"moss vane=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
