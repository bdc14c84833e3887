package loaders

import "testing"

// TestKnownForCredits checks knownForCredits and coordCredits: a career
// cue gives the person before it each film of the list after it, and a
// cast credit spreads to the films coordinated with its film; appositives,
// negations and possessives give none.
func TestKnownForCredits(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"last seen in a company's title and the film",
			"News\n\nMarta Lindqvist joins the cast. Lindqvist was last seen in Hulu's Frost Harbor and the film Copper Lanterns.",
			[]string{"ACTED_IN marta lindqvist -> frost harbor", "ACTED_IN marta lindqvist -> copper lanterns"}, nil},
		{"who most recently headlined two films",
			"News\n\nDev Okonjo signed on Tuesday. Okonjo, who most recently headlined Starfall 2 and Night Ferry, is repped by UTA.",
			[]string{"ACTED_IN dev okonjo -> starfall 2", "ACTED_IN dev okonjo -> night ferry"}, nil},
		{"best known for starring in a described title",
			"News\n\nLiv Brandt joins the series. Brandt, best known for starring in Netflix's Danish crime thriller Kaldt, is repped by CAA.",
			[]string{"ACTED_IN liv brandt -> kaldt"}, nil},
		{"co-created and starred in",
			"News\n\nOwen Marsh returns. Marsh most recently co-created and starred in Apple TV+'s Lowtide.",
			[]string{"ACTED_IN owen marsh -> lowtide"}, nil},
		{"an appositive's name is not the subject",
			"News\n\nPia Roux, an Oscar nominee for Quiet Harbour, most recently starred in Glass Fields 2.",
			nil, []string{"ACTED_IN quiet harbour -> glass fields 2"}},
		{"a negation gives no credit",
			"News\n\nKai Brenner has never starred in Iron Coast 3.",
			nil, []string{"ACTED_IN kai brenner -> iron coast 3"}},
		{"a maker known for a film is not its actor",
			"News\n\nIvo Danner, best known for Ember Road 2, is directing the sequel.",
			nil, []string{"ACTED_IN ivo danner -> ember road 2"}},
		{"whose credits include",
			"News\n\nTess Arden, whose screen credits include the BBC's Salt Lines and Kestrel 2, is repped by UTA.",
			[]string{"ACTED_IN tess arden -> salt lines", "ACTED_IN tess arden -> kestrel 2"}, nil},
		{"a director's credits are not acting",
			"News\n\nThe film is directed by Ivo Danner. Danner, whose later credits include Ember Road 2, has a knack for texture.",
			nil, []string{"ACTED_IN ivo danner -> ember road 2"}},
		{"directing credits",
			"News\n\nIvo Danner, whose directing credits include Ember Road 2, is back.",
			nil, []string{"ACTED_IN ivo danner -> ember road 2"}},
		{"most recently appeared in",
			"News\n\nNell Ardo, who most recently appeared in Amazon's sci-fi series The Lattice, joins the cast.",
			[]string{"ACTED_IN nell ardo -> lattice"}, nil},
		{"a credit spreads over coordinated films",
			"News\n\nRena Vos played Ada Quill in Moonwake 2 and Moonwake 3.",
			[]string{"ACTED_IN rena vos -> moonwake 2 (ada quill)", "ACTED_IN rena vos -> moonwake 3 (ada quill)"}, nil},
		{"a comma list with no closing and spreads nowhere",
			"News\n\nRena Vos played Ada Quill in Moonwake 2, Moonwake 3 took the weekend.",
			[]string{"ACTED_IN rena vos -> moonwake 2 (ada quill)"}, []string{"ACTED_IN rena vos -> moonwake 3 (ada quill)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestRolePlayedBefore checks rolePlayedBefore: the appositive "the role
// he first played in F" after a cast part gives the part's actor F as
// that part; a part nobody is cast in gives nothing.
func TestRolePlayedBefore(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the role he first played in F and reprised in G",
			"News\n\nTomas Brek returns as Ivo Marlow, the role he first played in Dust Circuit 2 and reprised in Dust Circuit 3.",
			[]string{"ACTED_IN tomas brek -> dust circuit 2 (ivo marlow)", "ACTED_IN tomas brek -> dust circuit 3 (ivo marlow)"}, nil},
		{"a year's possessive before the title",
			"News\n\nAnya Feld is in talks to return as Mara Quell, the character she last played in 2009's Glass Harbor: Tides.",
			[]string{"ACTED_IN anya feld -> glass harbor: tides (mara quell)"}, nil},
		{"no cast part, no credit",
			"News\n\nThe studio praised Mara Quell, the character she last played in Glass Harbor: Tides.",
			nil, []string{"ACTED_IN anya feld -> glass harbor: tides (mara quell)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestCoStarCredits checks coStarCredits: the people after "opposite" or
// "alongside" in a cast clause acted in that clause's film; a crew
// credit or a film named in another clause gives them nothing.
func TestCoStarCredits(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"opposite two people after the film",
			"News\n\nThat year Ansel Rook played the safecracker Lio Barr in Dawnfall 2, opposite Mira Sandoval and Teo Vance.",
			[]string{"ACTED_IN mira sandoval -> dawnfall 2", "ACTED_IN teo vance -> dawnfall 2", "ACTED_IN ansel rook -> dawnfall 2 (lio barr)"}, nil},
		{"opposite before the film",
			"News\n\nAnsel Rook played Lio Barr opposite Mira Sandoval in Dawnfall 2.",
			[]string{"ACTED_IN mira sandoval -> dawnfall 2"}, nil},
		{"opposite Q in a later film gives both the later film",
			"News\n\nAnsel Rook played Lio Barr in Dawnfall 2, before returning opposite Mira Sandoval in Dawnfall 3.",
			[]string{"ACTED_IN mira sandoval -> dawnfall 3", "ACTED_IN ansel rook -> dawnfall 3"}, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"opposite Q in something that is no title",
			"News\n\nAnsel Rook played Lio Barr in Dawnfall 2 opposite Mira Sandoval in a cameo.",
			[]string{"ACTED_IN ansel rook -> dawnfall 2 (lio barr)"}, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"an executive producer alongside Q",
			"News\n\nAnsel Rook, who starred as Lio Barr in Dawnfall 2, is an executive producer, alongside Mira Sandoval.",
			nil, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"a crew credit has no co-stars",
			"News\n\nAnsel Rook directed Dawnfall 2 alongside Mira Sandoval.",
			nil, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
		{"another clause after a semicolon",
			"News\n\nAnsel Rook played Lio Barr in Dawnfall 2; the studio placed it opposite Mira Sandoval's new film.",
			nil, []string{"ACTED_IN mira sandoval -> dawnfall 2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestStarAppositive checks starAppositive: "P, the star of F, G and H",
// "A and B, the stars of F", "P, a regular on the drama F" and "Q, his F
// co-star" credit the people named; a star of no title and a name that
// closes another phrase get nothing.
func TestStarAppositive(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the star of a film list",
			"News\n\nOrin Vale, the restless, brooding star of Ashfall 2, Coldwater and Redline 3, has died.",
			[]string{"ACTED_IN orin vale -> ashfall 2", "ACTED_IN orin vale -> redline 3"}, nil},
		{"two stars of a series",
			"News\n\nKaia Moss and Ben Thorne, the stars of Harrow Vale: Origins, spoke at the panel.",
			[]string{"ACTED_IN kaia moss -> harrow vale: origins", "ACTED_IN ben thorne -> harrow vale: origins"}, nil},
		{"a regular on a described series",
			"News\n\nLeila Haddad, a regular on the legal drama Counsel Row, is with Gersh.",
			[]string{"ACTED_IN leila haddad -> counsel row"}, nil},
		{"a possessive's year before the title",
			"News\n\nThe disc adds a featurette on Aldo Ferri, the star of Sergio Valli's 1968 Ringo Cane 2.",
			[]string{"ACTED_IN aldo ferri -> ringo cane 2"}, nil},
		{"his co-star",
			"News\n\nHe was mourned by Dana Crowe, his Starhold 2 co-star, on Friday.",
			[]string{"ACTED_IN dana crowe -> starhold 2"}, nil},
		{"the star of no title",
			"News\n\nOrin Vale, the star of the evening, thanked the crew.",
			nil, []string{"ACTED_IN orin vale -> evening"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestPastPartDenied checks pastPartDenied: "P, who played C, will not
// return" keeps PORTRAYED P C and gives no credit in the new film; a
// sentence with no denial is left to the cast rules.
func TestPastPartDenied(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"will not return",
			"Stormline 2 casting\n\nMara Keel, who played the navigator Ona Vance, will not return for Stormline 2.",
			[]string{"PORTRAYED mara keel -> ona vance"}, []string{"ACTED_IN mara keel -> stormline 2"}},
		{"is not expected to appear",
			"Stormline 2 casting\n\nTeo Rask, who voiced the Tessarine captain Bolt Mercer, is not expected to appear.",
			[]string{"PORTRAYED teo rask -> bolt mercer"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestPossessiveFilms checks possessiveFilms: "P's C" takes the film
// named right after the part, else the film named before it in the same
// clause; a semicolon ends the clause.
func TestPossessiveFilms(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the film after the part",
			"Obituary\n\nLater he was the banker Silas Wren, the rival of Nora Quill's Ada Lark, on HBO's Tidewater.",
			[]string{"ACTED_IN nora quill -> tidewater (ada lark)"}, nil},
		{"the clause's film before the part",
			"Obituary\n\nIn Jon Avery's Cold Ledger 2 he played a clerk who betrays Nora Quill's Ada Lark.",
			[]string{"ACTED_IN nora quill -> cold ledger 2 (ada lark)"}, nil},
		{"a semicolon ends the clause",
			"Obituary\n\nHe was a clerk in Cold Ledger 2; decades later he praised Nora Quill's Ada Lark.",
			nil, []string{"ACTED_IN nora quill -> cold ledger 2 (ada lark)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestTitleAppositiveCast checks pastTitleAppositive inside
// castAfterTitle: the cast after a title's appositive ("F, the 2018
// follow-up that starred P as C", "F, directed by Q, with P as C") is
// F's; a list of films with "as" after a typed title spreads its part.
func TestTitleAppositiveCast(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the follow-up that starred",
			"News\n\nShe last appeared in Dust Kings: Mexico, the 2019 follow-up that starred Tavo Lenz as the smuggler Ruiz Calder.",
			[]string{"ACTED_IN tavo lenz -> dust kings: mexico (ruiz calder)"}, nil},
		{"directed by, with",
			"News\n\nThe last outing was Lionsgate's 2017 feature Iron Rangers 2, directed by Dana Holt, with Kip Moreno as Jace.",
			[]string{"ACTED_IN kip moreno -> iron rangers 2 (jace)"}, []string{"ACTED_IN dana holt -> iron rangers 2"}},
		{"two titles before as",
			"News\n\nTom Reyes, who starred in Dance Floor 4 and Dance Floor: Finale as Kai Ono, plays a developer.",
			[]string{"ACTED_IN tom reyes -> dance floor 4", "ACTED_IN tom reyes -> dance floor: finale"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestSelfCameo checks selfCameo: the people who "make cameos as
// themselves in F" (past an appositive) acted in F; no title, no credit.
func TestSelfCameo(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"cameos as themselves past an appositive",
			"News\n\nThe studio said Lia Monroe and Pim Dekker, regulars on the tour, will make cameos as themselves in Rink Life.",
			[]string{"ACTED_IN lia monroe -> rink life", "ACTED_IN pim dekker -> rink life"}, nil},
		{"appears as herself",
			"News\n\nJuno Hale appears as herself in Night Shift: Reunion.",
			[]string{"ACTED_IN juno hale -> night shift: reunion"}, nil},
		{"no title",
			"News\n\nJuno Hale appears as herself in a short scene.",
			nil, []string{"ACTED_IN juno hale -> scene"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
