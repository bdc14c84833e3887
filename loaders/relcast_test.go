package loaders

import (
	"slices"
	"testing"
)

// TestCastAttachment checks the general cast and credit attachment shapes
// on invented sentences: every wanted line must be among the article's
// claims and no unwanted one.
func TestCastAttachment(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"parallel voice lists before the film", "Dana Frell, Omar Reyes and Lin Chao are all returning to voice Pip, Moss and Tully in Iron Creek.",
			[]string{"ACTED_IN dana frell -> iron creek as pip", "ACTED_IN omar reyes -> iron creek as moss", "ACTED_IN lin chao -> iron creek as tully"}, nil},
		{"parallel voice lists then a clause", "Dana Frell, Omar Reyes and Lin Chao are back to voice Pip, Moss and Tully, and Ezra Pell returns as Bolt.",
			[]string{"ACTED_IN dana frell -> iron creek as pip", "ACTED_IN lin chao -> iron creek as tully"}, nil},
		{"title with its cast in passing", "Elsewhere, Harbor Lights (2021), with Mara Quinn as Edda Vos, earned a nomination, and Brine Road: Homecoming, which reunites Tom Akers and Jill Moro, opened third.",
			[]string{"ACTED_IN mara quinn -> harbor lights as edda vos", "ACTED_IN tom akers -> brine road: homecoming", "ACTED_IN jill moro -> brine road: homecoming"},
			[]string{"ACTED_IN mara quinn -> iron creek", "ACTED_IN tom akers -> iron creek"}},
		{"indefinite appositive before starring", "Ana Vittor broke through with Harbor Lights (1993), a vampire fable starring Colm Byrne, and then made Brine Road.",
			[]string{"ACTED_IN colm byrne -> harbor lights"}, []string{"ACTED_IN colm byrne -> iron creek"}},
		{"spinoff label toplined by", "Also in the works is Dust Valley, the Tessa and Cal spinoff toplined by Kelly Rowe and Cole Hart.",
			[]string{"ACTED_IN kelly rowe -> dust valley", "ACTED_IN cole hart -> dust valley"}, []string{"ACTED_IN kelly rowe -> iron creek"}},
		{"producers alongside after a comma", "Kim Lowe and Raj Patel are also producers on the series, alongside Tara Wells and Ben Ochoa.",
			[]string{"PRODUCED tara wells -> iron creek", "PRODUCED ben ochoa -> iron creek"}, []string{"ACTED_IN tara wells -> iron creek"}},
		{"possessive cast in a sentence about another title", "Later this year comes the limited series Brine Road: Homecoming, which reunites Andrew Cole's Rick Vance with Dana Frell's Mira.",
			[]string{"ACTED_IN andrew cole -> brine road: homecoming as rick vance"}, []string{"ACTED_IN andrew cole -> iron creek as rick vance"}},
		{"duo behind two titles", "Mark Dell and Tom Gill, the Radio Static duo behind Dark Harbor and Brine Road, will direct.",
			[]string{"DIRECTED mark dell -> dark harbor", "DIRECTED tom gill -> brine road"}, nil},
		{"nationality before filmmaker behind", "Luc Ferrand, the French filmmaker behind Night Train, was brought in.",
			[]string{"DIRECTED luc ferrand -> night train"}, nil},
		{"semicolon cast list with a bare tail", "The cast also includes Rui Tolland as John Pelling; Kal Omeara as the enigmatic Lila Farrow; and Eamon Pratley, Priya Hallam and Cel Harbin in roles that are being kept under wraps.",
			[]string{"ACTED_IN rui tolland -> iron creek as john pelling", "ACTED_IN eamon pratley -> iron creek", "ACTED_IN cel harbin -> iron creek"}, nil},
		{"alias inside a cast list", "Crane is joined by Dora Wexton as Kira Pagetts, Jon Brell as Fred Carrow, aka the Reaper, Wilson Treve as Bertram Pell, Margo Lune as Helen Glenn and Ayla Zoren as Valerie Fenn.",
			[]string{"ACTED_IN wilson treve -> iron creek as bertram pell", "ACTED_IN margo lune -> iron creek as helen glenn", "ACTED_IN ayla zoren -> iron creek as valerie fenn"},
			[]string{"ACTED_IN wilson treve -> iron creek as margo lune"}},
		{"inverted also appearing", "Also appearing are Gen Walden, Nikki M. Jameson and Arty Frouse.",
			[]string{"ACTED_IN gen walden -> iron creek", "ACTED_IN nikki m. jameson -> iron creek", "ACTED_IN arty frouse -> iron creek"}, nil},
		{"creator of the franchise, then the films", "Tom Hale, who co-created the franchise with Ruiz, wrote the first three Creek films and directed Dust Road himself.",
			[]string{"DIRECTED tom hale -> dust road"}, []string{"WROTE tom hale -> iron creek", "WROTE ruiz -> iron creek"}},
		{"cinematographer behind the camera", "Cinematographer Mira Dunstan returns behind the camera.",
			[]string{"WORKED_ON mira dunstan -> iron creek"}, []string{"DIRECTED mira dunstan -> iron creek"}},
		{"nth film in a universe after a leading appositive", "A Disney release, Iron Creek: Dawn is the 35th film in the Prairie Cinematic Universe.",
			[]string{"PART_OF iron creek: dawn -> prairie cinematic universe"}, nil},
		{"sequel to a maker's title", "Iron Creek is the sequel series to Tom Hale's Dust Road: Origins. Hale wrote the pilot.",
			[]string{"SEQUEL_OF iron creek -> dust road: origins"}, nil},
		{"company film after a copula", "The sequel is produced by Ana Vittor, and it is a Columbia Pictures film distributed by Sony Pictures Releasing.",
			[]string{"PRODUCED columbia pictures -> iron creek", "DISTRIBUTED sony pictures releasing -> iron creek"}, nil},
		{"company's festival pickup", "In limited release, A24's Sundance pickup Dust Road: Origins opened to $230,000.",
			[]string{"PRODUCED a24 -> dust road: origins"}, []string{"PRODUCED a24 -> sundance"}},
		{"premieres on two services", "Season two premieres May 4 on AMC and AMC+.",
			[]string{"DISTRIBUTED amc -> iron creek", "DISTRIBUTED amc+ -> iron creek"}, nil},
		{"with-clause of credit participles", "Dust Road: Origins arrives June 28 from Paramount, with Lupe Noor and Joe Quill starring and Mike Sarkis directing.",
			[]string{"ACTED_IN lupe noor -> dust road: origins", "ACTED_IN joe quill -> dust road: origins", "DIRECTED mike sarkis -> dust road: origins"},
			[]string{"ACTED_IN mike sarkis -> dust road: origins", "ACTED_IN mike sarkis -> iron creek"}},
		{"the score comes from", "The score comes from Clint Mace and Kev Kell.",
			[]string{"WORKED_ON clint mace -> iron creek", "WORKED_ON kev kell -> iron creek"}, nil},
		{"not part of the new series", "Kelly Asher, who played Kaden's wife Marnie on the flagship, is not part of the new series.",
			nil, []string{"ACTED_IN kelly asher -> iron creek as marnie", "ACTED_IN kelly asher -> iron creek"}},
		{"person with an earlier credit in brackets", "Manny Quinterra (Bad Cousins) is Xander, the muscle of the operation. Mike Whelford (Flynn Wolfe) is the group's reluctant leader.",
			[]string{"ACTED_IN manny quinterra -> bad cousins", "ACTED_IN manny quinterra -> iron creek as xander"},
			[]string{"ACTED_IN bad cousins -> iron creek as manny quinterra", "ACTED_IN mike whelford -> flynn wolfe"}},
		{"full name with a one-word part in brackets", "Greta Moll (Gloom) and Ross Tanner (Spite) are also back. Gary Oldroyd stars. Jasper Lamm (Oldroyd) is the head of Sluice House.",
			[]string{"ACTED_IN greta moll -> iron creek as gloom", "ACTED_IN ross tanner -> iron creek as spite"},
			[]string{"ACTED_IN jasper lamm -> iron creek as oldroyd"}},
		{"directed a cast in a named film", "Mr Tuckwell directed Robert Quayle as Pembridge and Jude Marlowe as Dr Wexford in Penrose Vale in 2009 and its sequel, Dust Road: Origins, two years later.",
			[]string{"DIRECTED tuckwell -> penrose vale", "ACTED_IN jude marlowe -> penrose vale as dr wexford"},
			[]string{"DIRECTED tuckwell -> robert quayle"}},
		{"appositive follow-up names its director", "Dust Valley, Dan Gorton Greavesby's follow-up to his 2018 box-office smash Iron Creek, premiered at Venice.",
			[]string{"DIRECTED dan gorton greavesby -> dust valley"}, nil},
		{"paired cast before a possessive appositive", "Jeremy Irwell and Harriet Stowell were cast as Henry Bell and Julia Moro, Clara's parents.",
			[]string{"ACTED_IN jeremy irwell -> iron creek as henry bell", "ACTED_IN harriet stowell -> iron creek as julia moro"},
			[]string{"ACTED_IN harriet stowell -> iron creek as henry bell"}},
		{"copula cast with a possessive relation", "Pedro Paz is Reid Ritchings, and Joseph Quarrie is Sal's hothead brother Johnny Blaze.",
			[]string{"ACTED_IN joseph quarrie -> iron creek as johnny blaze"}, nil},
		{"company of the by-phrase after a possessive", "Sean Orwell directs two episodes, and the show is produced by his company 21 Laps Entertainment.",
			[]string{"PRODUCED 21 laps entertainment -> iron creek"}, nil},
		{"red carpet alongside a producer", "Ana Vittor walked the red carpet alongside Mia Tash and producer Jason Bloor.",
			nil, []string{"ACTED_IN jason bloor -> iron creek", "ACTED_IN mia tash -> iron creek"}},
		{"back on score duty", "Kyle Renn and Mike Tolver are back on synth score duty, and Steve Ambrose and Mike Thornbury share directing duties.",
			[]string{"WORKED_ON kyle renn -> iron creek", "WORKED_ON mike tolver -> iron creek", "DIRECTED steve ambrose -> iron creek", "DIRECTED mike thornbury -> iron creek"}, nil},
		{"title as a credit label", "The script was reworked, and True Calling creator Nic Pelloso later did a pass of his own.",
			[]string{"WROTE nic pelloso -> true calling"}, nil},
		{"direction comes from", "Direction comes from Saul Menz, who handles the action beats with confidence.",
			[]string{"DIRECTED saul menz -> iron creek"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text)
			checkLines(t, got, c.want, c.not)
		})
	}
}

// TestSectionCharacters checks that a character named in a guide entry's
// summary appears in the film of the entry's heading.
func TestSectionCharacters(t *testing.T) {
	text := " date 2026-05-01\nHow to Watch the Iron Creek Movies in Order\n\nIron Creek (2019)\n\nRay Frell stars as Manny Vos, a mammoth with a grudge.\n\nIron Creek: Thaw (2021)\n\nThe second movie strands Manny Vos on an iceberg.\n"
	got := localFacts(t, text)
	if !slices.Contains(got, "APPEARS_IN manny vos -> iron creek: thaw") {
		t.Errorf("missing the section's character in %q", got)
	}
}

// TestInvertedCast checks inverted cast statements that open a sentence,
// on invented sentences.
func TestInvertedCast(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a phrase before the verb", "Returning from the first film are Dana Frell and Omar Reyes.",
			[]string{"ACTED_IN dana frell -> iron creek 2", "ACTED_IN omar reyes -> iron creek 2"}, nil},
		{"also, no phrase", "Also returning is Dana Frell as Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek 2 as moss vane"}, nil},
		{"a name in the phrase", "Returning to Neon's lot are the carpenters, who built it.",
			nil, []string{"ACTED_IN carpenters -> iron creek 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
