package loaders

import (
	"testing"
)

// TestOwnerAndCapsTitles checks the maker and headline-capitals title cues
// of title_owner.go on invented articles: entities (type:key) and claims
// that must be found and ones that must not.
func TestOwnerAndCapsTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"acronym network possessive makes a title, non-ASCII letters kept",
			"News\n\nNora Moss spent a year with AMC's Dūnmore before the premiere. The series follows a lighthouse keeper.",
			[]string{"Film:dunmore", "Organisation:amc"}, []string{"Film:amc"}},
		{"acronym owner before a part of the company is no title",
			"News\n\nNora Moss works at the BBC's Salford offices these days.",
			nil, []string{"Film:salford"}},
		{"acronym owner before a personal name is no title",
			"News\n\nThe CIA's Dana Pike was never seen again.",
			nil, []string{"Film:dana pike"}},
		{"headline capitals over a Title Case body word",
			"Our Recap of the HAVEN Reunion Panel\n\nFans queued all night for Saturday's Haven reunion. Bo Reyes, who played Tom Vantry, got the loudest cheer.",
			[]string{"Film:haven"}, nil},
		{"an acronym the body writes in capitals too is no title",
			"Inside the NASA Files\n\nBo Reyes read the NASA memo. Later the Nasa team left.",
			nil, []string{"Film:nasa"}},
		{"quoted headline title, not the maker before a headline noun",
			"'Night Lantern 2': Nora Moss in Talks to Join Bo Reyes in Skyline Sequel\n\nNora Moss is in talks to join Bo Reyes in Night Lantern 2, Skyline's follow-up to its 2021 thriller. " +
				"Moss would play Nell Hart. Reyes is back as Hal Finch.",
			[]string{"Film:night lantern 2", "ACTED_IN nora moss -> night lantern 2 (nell hart)"}, []string{"Film:skyline"}},
		{"a capitals rubric before a headline's colon is no title",
			"THE FRONTRUNNERS: How Ada Quist found the sound of the sea for 'Tidewell'\n\nAda Quist wrote the score for Tidewell, which Skyline released in May.",
			[]string{"Film:tidewell"}, []string{"Film:frontrunners: how ada quist"}},
		{"the planet is never a film",
			"News\n\nTidewell, which Skyline released in May, follows a boy mistaken for Earth's leader. Bo Reyes voices Tom Vantry.",
			nil, []string{"Film:earth", "Character:earth", "Person:earth"}},
		{"a month before a year is no film",
			"News\n\nBo Reyes returns as Hal Finch in Iron Harbor 2. The sequel was announced days after the first film's July 2022 release.",
			[]string{"Film:iron harbor 2"}, []string{"Film:july"}},
		{"a surname of a person is no film",
			"News\n\nNora Moss is back as Nell Hart in Iron Harbor 2. Dana Ferrabee, who made her feature debut on the 2024 prequel, will again direct. Ferrabee, the prequel's director, returns.",
			[]string{"Film:iron harbor 2"}, []string{"Film:ferrabee"}},
		{"a headline opening with a name before its colon explains that production",
			"The Lanterns: Everything We Know About the Iron Harbor Sequel Series\n\nSkyline's Iron Harbor wrapped its run in 2025, but the streamer had already ordered a follow-up: The Lanterns, adapted from a novel.\n\n" +
				"Nora Moss plays Nell Hart.",
			[]string{"Film:lanterns", "ACTED_IN nora moss -> lanterns (nell hart)"}, []string{"ACTED_IN nora moss -> iron harbor (nell hart)"}},
		{"a person's name before a headline colon is no title",
			"Nora Moss: Why I Said Yes to Iron Harbor\n\nNora Moss has joined Iron Harbor 2 as Nell Hart.",
			nil, []string{"Film:nora moss"}},
		{"a name ending in a compound adjective names nothing",
			"News\n\nSkyline today announced Iron Harbor 2, a sequel to the Academy Award-winning 2017 feature. Nora Moss plays Nell Hart, a Lisbon-based handler for the Agency.",
			[]string{"Film:iron harbor 2"}, []string{"Film:academy award-winning", "Organisation:lisbon-based", "SEQUEL_OF iron harbor 2 -> academy award-winning"}},
		{"companies the article shows are no films",
			"'Iron Harbor 2' Taps Nora Moss\n\nNora Moss has boarded Iron Harbor 2 as Nell Hart. Sony Pictures' Bright Stones label will distribute, and Bright Stones has dated the pic for June. " +
				"It was co-produced by Spain's K9 and Alto Productions. Producers include Jeff Tran and Mia Cole of Cellar 5.",
			[]string{"Film:iron harbor 2"}, []string{"Film:bright stones", "Film:k9", "Film:cellar 5"}},
		{"a maker's possessive opening the lead names the production",
			"Dana Ferrabee's Lanterns refused to budge this weekend. The Skyline release took in $40 million. Ferrabee wrote and directed the thriller, which stars Nora Moss as Nell Hart.",
			[]string{"Film:lanterns", "ACTED_IN nora moss -> lanterns (nell hart)"}, []string{"Character:lanterns"}},
		{"a maker's possessive before a part is no title",
			"Dana Ferrabee's Colm Rattray returns next year. Ferrabee wrote the part for Nora Moss.",
			nil, []string{"Film:colm rattray"}},
		{"a person's dated work is a film, not a part",
			"News\n\nKenta Oshiro's Yurei in 1998 and then Dana Ferrabee's remake in 2002 were about videotapes. Nora Moss plays Nell Hart in the series.",
			[]string{"Film:yurei"}, []string{"Character:yurei"}},
		{"the surname before a film noun is the maker, not a film",
			"News\n\nHideki Sorano's Yurei in 1998 and then Gore Pendry's remake, The Cistern, in 2002 were about tapes. Walter Fenwright and Lorna Gilchrist, who produced the Pendry picture, are executive producers.",
			nil, []string{"Film:pendry"}},
		{"the original of a numbered sequel is a film",
			"'Night Lantern 2': Nora Moss Joins Bo Reyes\n\nNora Moss will join Bo Reyes in Night Lantern 2. The original Night Lantern paired Reyes with Mia Cole as the assassin Dana Pike.",
			[]string{"Film:night lantern"}, nil},
		{"an earlier-entry word before a name no sequel numbers is no cue",
			"News\n\nNora Moss will join Iron Harbor 2. The original Night Lantern cast is gone.",
			nil, []string{"Film:night lantern"}},
		{"a maker's possessive of a name typed a company elsewhere is no film",
			"News\n\nNora Moss returns in Iron Harbor 3, the second sequel to Skyline's most-watched original film. Skyline has dated the picture for summer 2027.",
			[]string{"Film:iron harbor 3"}, []string{"Film:skyline"}},
		{"a surname before a family noun is no film",
			"News\n\nSkyline today announced Iron Harbor 2, a sequel to the 2017 feature. The sequel will return to the Ferrabee family, a clan of shoemakers.",
			[]string{"Film:iron harbor 2"}, []string{"Film:ferrabee", "SEQUEL_OF iron harbor 2 -> ferrabee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
