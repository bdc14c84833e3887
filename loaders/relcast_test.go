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
		{"spinoff label toplined by", "Also in the works is Dust Valley, the Beth and Rip spinoff toplined by Kelly Rowe and Cole Hart.",
			[]string{"ACTED_IN kelly rowe -> dust valley", "ACTED_IN cole hart -> dust valley"}, []string{"ACTED_IN kelly rowe -> iron creek"}},
		{"producers alongside after a comma", "Kim Lowe and Raj Patel are also producers on the series, alongside Tara Wells and Ben Ochoa.",
			[]string{"PRODUCED tara wells -> iron creek", "PRODUCED ben ochoa -> iron creek"}, []string{"ACTED_IN tara wells -> iron creek"}},
		{"possessive cast in a sentence about another title", "Later this year comes the limited series Brine Road: Homecoming, which reunites Andrew Cole's Rick Vance with Dana Frell's Mira.",
			[]string{"ACTED_IN andrew cole -> brine road: homecoming as rick vance"}, []string{"ACTED_IN andrew cole -> iron creek as rick vance"}},
		{"duo behind two titles", "Mark Dell and Tom Gill, the Radio Static duo behind Dark Harbor and Brine Road, will direct.",
			[]string{"DIRECTED mark dell -> dark harbor", "DIRECTED tom gill -> brine road"}, nil},
		{"nationality before filmmaker behind", "Luc Ferrand, the French filmmaker behind Night Train, was brought in.",
			[]string{"DIRECTED luc ferrand -> night train"}, nil},
		{"semicolon cast list with a bare tail", "The cast also includes Rui Beck as John Sans; Kal Voss as the enigmatic Lila Hoth; and Eamon Tarr, Priya Lock and Cel Arbour in roles that are being kept under wraps.",
			[]string{"ACTED_IN rui beck -> iron creek as john sans", "ACTED_IN eamon tarr -> iron creek", "ACTED_IN cel arbour -> iron creek"}, nil},
		{"alias inside a cast list", "Cox is joined by Debra Wollin as Karen Page, Jon Bern as Frank Castle, aka the Punisher, Wilson Beth as Benjamin Poin, Margo Lev as Helen Glenn and Ayla Zur as Vanessa Fisk.",
			[]string{"ACTED_IN wilson beth -> iron creek as benjamin poin", "ACTED_IN margo lev -> iron creek as helen glenn", "ACTED_IN ayla zur -> iron creek as vanessa fisk"},
			[]string{"ACTED_IN wilson beth -> iron creek as margo lev"}},
		{"inverted also appearing", "Also appearing are Gen Walton, Nikki M. James and Arty Frou.",
			[]string{"ACTED_IN gen walton -> iron creek", "ACTED_IN nikki m. james -> iron creek", "ACTED_IN arty frou -> iron creek"}, nil},
		{"creator of the franchise, then the films", "Tom Hale, who co-created the franchise with Ruiz, wrote the first three Creek films and directed Dust Road himself.",
			[]string{"DIRECTED tom hale -> dust road"}, []string{"WROTE tom hale -> iron creek", "WROTE ruiz -> iron creek"}},
		{"cinematographer behind the camera", "Cinematographer Mira Cast returns behind the camera.",
			[]string{"WORKED_ON mira cast -> iron creek"}, []string{"DIRECTED mira cast -> iron creek"}},
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
		{"with-clause of credit participles", "Dust Road: Origins arrives June 28 from Paramount, with Lupe Nyon and Joe Quin starring and Mike Sarn directing.",
			[]string{"ACTED_IN lupe nyon -> dust road: origins", "ACTED_IN joe quin -> dust road: origins", "DIRECTED mike sarn -> dust road: origins"},
			[]string{"ACTED_IN mike sarn -> dust road: origins", "ACTED_IN mike sarn -> iron creek"}},
		{"the score comes from", "The score comes from Clint Man and Kev Kin.",
			[]string{"WORKED_ON clint man -> iron creek", "WORKED_ON kev kin -> iron creek"}, nil},
		{"not part of the new series", "Kelly Ash, who played Kayce's wife Monica on the flagship, is not part of the new series.",
			nil, []string{"ACTED_IN kelly ash -> iron creek as monica", "ACTED_IN kelly ash -> iron creek"}},
		{"person with an earlier credit in brackets", "Manny Ortiz (Good Girls) is Xavier, the muscle of the operation. Mike Wheeler (Finn Wolf) is the group's reluctant leader.",
			[]string{"ACTED_IN manny ortiz -> good girls", "ACTED_IN manny ortiz -> iron creek as xavier"},
			[]string{"ACTED_IN good girls -> iron creek as manny ortiz", "ACTED_IN mike wheeler -> finn wolf"}},
		{"full name with a one-word part in brackets", "Phyllis Smit (Sadness) and Lewis Blake (Anger) are also back. Gary Oldfield stars. Jackson Lamb (Oldfield) is the head of Slough House.",
			[]string{"ACTED_IN phyllis smit -> iron creek as sadness", "ACTED_IN lewis blake -> iron creek as anger"},
			[]string{"ACTED_IN jackson lamb -> iron creek as oldfield"}},
		{"directed a cast in a named film", "Mr Rich directed Robert Downe as Holmes and Jude Lawson as Dr Watson in Sherlock Vale in 2009 and its sequel, Dust Road: Origins, two years later.",
			[]string{"DIRECTED rich -> sherlock vale", "ACTED_IN jude lawson -> sherlock vale as dr watson"},
			[]string{"DIRECTED rich -> robert downe"}},
		{"appositive follow-up names its director", "Dust Valley, Dan Gordon Greene's follow-up to his 2018 box-office smash Iron Creek, premiered at Venice.",
			[]string{"DIRECTED dan gordon greene -> dust valley"}, nil},
		{"paired cast before a possessive appositive", "Jeremy Irvin and Harriet Slate were cast as Henry Beau and Julia Mori, Claire's parents.",
			[]string{"ACTED_IN jeremy irvin -> iron creek as henry beau", "ACTED_IN harriet slate -> iron creek as julia mori"},
			[]string{"ACTED_IN harriet slate -> iron creek as henry beau"}},
		{"copula cast with a possessive relation", "Pedro Pas is Reed Rich, and Joseph Quin is Sue's hothead brother Johnny Storm.",
			[]string{"ACTED_IN joseph quin -> iron creek as johnny storm"}, nil},
		{"company of the by-phrase after a possessive", "Shawn Lee directs two episodes, and the show is produced by his company 21 Laps Entertainment.",
			[]string{"PRODUCED 21 laps entertainment -> iron creek"}, nil},
		{"red carpet alongside a producer", "Ana Vittor walked the red carpet alongside Mia Tich and producer Jason Bloom.",
			nil, []string{"ACTED_IN jason bloom -> iron creek", "ACTED_IN mia tich -> iron creek"}},
		{"back on score duty", "Kyle Dix and Mike Stein are back on synth score duty, and Steve Mart and Mike Thur share directing duties.",
			[]string{"WORKED_ON kyle dix -> iron creek", "WORKED_ON mike stein -> iron creek", "DIRECTED steve mart -> iron creek", "DIRECTED mike thur -> iron creek"}, nil},
		{"title as a credit label", "The script was reworked, and True Calling creator Nic Pizza later did a pass of his own.",
			[]string{"WROTE nic pizza -> true calling"}, nil},
		{"direction comes from", "Direction comes from Saul Metz, who handles the action beats with confidence.",
			[]string{"DIRECTED saul metz -> iron creek"}, nil},
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
