package loaders

import "testing"

// TestCastInPassingTitle checks a credit in a title named in passing ("P,
// who leads Apple TV+'s Silo as the engineer C") on invented sentences.
func TestCastInPassingTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"company's title after leads", "Dana Frell, who leads Netflix's Brine Road as the engineer Mara Vos, is repped by CAA.",
			[]string{"ACTED_IN dana frell -> brine road as mara vos"}, []string{"ACTED_IN dana frell -> iron creek as mara vos"}},
		{"starred in a typed film", "Omar Reyes starred in the 2019 film Dust Road, and Lin Chao starred in Dust Road as Tilly Fox.",
			[]string{"ACTED_IN lin chao -> dust road as tilly fox"}, []string{"ACTED_IN lin chao -> iron creek as tilly fox"}},
		{"person's name after the verb is no title", "Dana Frell leads Omar Reyes's crew as Mara Vos.",
			nil, []string{"ACTED_IN dana frell -> crew as mara vos"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestOriginalPart checks "P, who appeared in the original as C": the
// credit goes to the first film of the subject's series.
func TestOriginalPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to Iron Creek, arrives in September. "
	checkLines(t, localFacts(t, head+"Dana Frell, who appeared in the original as the enigmatic Tilly Fox, returns for the sequel."),
		[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil)
	// the denied return leaves the original's credit true
	checkLines(t, localFacts(t, head+"Dana Frell, who appeared in the original as the enigmatic Tilly Fox, will not be back."),
		[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, []string{"ACTED_IN dana frell -> iron creek 2 as tilly fox"})
	// a denial inside the relative clause still denies
	checkLines(t, localFacts(t, head+"Dana Frell, who did not appear in the original as Tilly Fox, is back."),
		nil, []string{"ACTED_IN dana frell -> iron creek as tilly fox"})
}

// TestTitleWithCast checks "F, with P as the <describing words> C": the
// credit goes to F alone, not to the article's subject as well.
func TestTitleWithCast(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"described part", "The original spawned a remake and the short-lived 2016 series Frost Valley, with Bradley Jarrold as the grown-up Dorian Thorpe.",
			[]string{"ACTED_IN bradley jarrold -> frost valley as dorian thorpe"}, []string{"ACTED_IN bradley jarrold -> iron creek as dorian thorpe"}},
		{"two pairs", "The original spawned the 2016 series Frost Valley, with Bradley Jarrold as Dorian Thorpe and Dana Frell as the older Tilly Fox.",
			[]string{"ACTED_IN bradley jarrold -> frost valley as dorian thorpe", "ACTED_IN dana frell -> frost valley as tilly fox"},
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"a described part with no name", "Rounding out the top five, Neon's spy thriller Frost Valley, with Bradley Jarrold as a CIA cryptographer, took $5 million.",
			[]string{"ACTED_IN bradley jarrold -> frost valley"}, []string{"ACTED_IN bradley jarrold -> iron creek"}},
		{"starring after describing words", "Further down the chart, Neon's body-horror romance Frost Valley, starring real-life couple Bradley Jarrold and Dana Frell, took $6.9 million.",
			[]string{"ACTED_IN bradley jarrold -> frost valley", "ACTED_IN dana frell -> frost valley"}, []string{"ACTED_IN dana frell -> iron creek"}},
		{"no title before with", "The sheriff rides out, with Bradley Jarrold as the grown-up Dorian Thorpe.",
			[]string{"ACTED_IN bradley jarrold -> iron creek as dorian thorpe"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestClauseFilm checks that a film phrase in the next clause is not the
// film of a "P as C" credit, on invented sentences.
func TestClauseFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. It is a prequel to the series Frost Valley. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"film phrase in the next clause", "Omar Reyes turns up as the sheriff Moss Vane, and Lin Chao gives Tilly Fox a vanity that pays off years later in the series.",
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}, []string{"ACTED_IN omar reyes -> frost valley as moss vane"}},
		{"film phrase in the same clause", "Omar Reyes turns up as the sheriff Moss Vane in the series, and Lin Chao is back.",
			[]string{"ACTED_IN omar reyes -> frost valley as moss vane"}, []string{"ACTED_IN omar reyes -> iron creek as moss vane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestEarlierPartFilm checks "P is returning as C, the careerist she played
// in the first film": P acts in the film at hand and in the first film,
// on invented sentences.
func TestEarlierPartFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to Iron Creek, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"played in the first film", "Dana Frell is returning as Tilly Fox, the agency careerist she played in the first film.",
			[]string{"ACTED_IN dana frell -> iron creek 2 as tilly fox", "ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"a director's possessive is no title", "The sequel brought back Dana Frell as Tilly Fox, the role she played in Omar Reyes's original.",
			nil, []string{"ACTED_IN dana frell -> omar reyes as tilly fox"}},
		{"no earlier film", "Dana Frell is returning as Tilly Fox, the agency careerist she loves.",
			[]string{"ACTED_IN dana frell -> iron creek 2 as tilly fox"}, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestPastInFilm checks "P, who last appeared as C in F, is back": the
// credit goes to F, and to the film at hand only when the main clause says
// P is back, on invented sentences.
func TestPastInFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to the 2005 film Frost Valley, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"back after the clause", "Peter Dane, who last appeared as Tilly Fox in Frost Valley, is back and has been promoted.",
			[]string{"ACTED_IN peter dane -> frost valley as tilly fox", "ACTED_IN peter dane -> iron creek 2 as tilly fox"}, nil},
		{"no return after the clause", "Peter Dane, who appeared as Tilly Fox in Frost Valley, died in March.",
			[]string{"ACTED_IN peter dane -> frost valley as tilly fox"}, []string{"ACTED_IN peter dane -> iron creek 2 as tilly fox"}},
		{"a place after in", "Peter Dane, who appeared as Tilly Fox in Denver, is back.",
			nil, []string{"ACTED_IN peter dane -> denver as tilly fox"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestOriginalRelative checks "The 1976 original, which starred P as C":
// the credit goes to the first film, not the film at hand.
func TestOriginalRelative(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to Iron Creek, arrives in September. "
	checkLines(t, localFacts(t, head+"The 1976 original, which starred Gregory Dane as the diplomat Robert Vane, spawned three sequels."),
		[]string{"ACTED_IN gregory dane -> iron creek as robert vane"}, []string{"ACTED_IN gregory dane -> iron creek 2 as robert vane"})
	checkLines(t, localFacts(t, head+"The remake, which starred Gregory Dane as the diplomat Robert Vane, flopped."),
		nil, []string{"ACTED_IN gregory dane -> iron creek as robert vane"})
}

// TestRelativePastPart checks "P, who played C in the first film, is not
// back": the relative clause's credit in the earlier film stands.
func TestRelativePastPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to Iron Creek, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"first film, denied return", "Dana Frell, who played Tilly Fox in the first film, is not back.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, []string{"ACTED_IN dana frell -> iron creek 2 as tilly fox"}},
		{"the original, return", "Dana Frell, who voiced Tilly Fox in the original, returns.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox", "ACTED_IN dana frell -> iron creek 2 as tilly fox"}, nil},
		{"a named title", "Dana Frell, who played Tilly Fox in Dust Road (2019), will not return.",
			[]string{"ACTED_IN dana frell -> dust road as tilly fox"}, []string{"ACTED_IN dana frell -> iron creek 2 as tilly fox"}},
		{"a place is no film", "Dana Frell, who played Tilly Fox in London, is back.",
			nil, []string{"ACTED_IN dana frell -> london as tilly fox"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
