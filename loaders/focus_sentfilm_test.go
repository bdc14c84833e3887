package loaders

import "testing"

// TestSentenceFilmCredits checks that a credit whose film the patterns left
// to the default goes to the film its sentence names before the person, in
// the clause that governs the credit, and the shapes where that film is
// another clause's (a person's credential, an appositive, an opening
// adverbial, a coordinated clause of its own), on invented sentences.
func TestSentenceFilmCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Harbour Lights' review: a quiet triumph\n\nHarbour Lights, a drama from Neon, opens in September. Mara Lindqvist stars as the widow Ilse Brandt. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"film cast P as C", "It is not the first telling: Parlow's glossy 1951 biopic Copper Songs cast Tom Reddick as Ilse and Ray Vannen as her brother.",
			[]string{"ACTED_IN tom reddick -> copper songs as ilse"}, []string{"ACTED_IN tom reddick -> harbour lights as ilse"}},
		{"film, a biography with P as C", "His first role came in a single scene of Salt and Smoke (1978), Dan Orrin's biography with Gary Fenwick as the singer Joe Lamb.",
			[]string{"ACTED_IN gary fenwick -> salt and smoke as joe lamb"}, []string{"ACTED_IN gary fenwick -> harbour lights as joe lamb"}},
		{"director directed F, a prequel starring P", "Sam Odell directed The Glass Meadow (2013), a prequel starring Jim Ferro as the young Wizard, Oscar Dane.",
			[]string{"ACTED_IN jim ferro -> glass meadow as wizard"}, []string{"ACTED_IN jim ferro -> harbour lights as wizard"}},
		{"a film that opens the sentence, then a semicolon", "- Pia Lund's The Hollow Room, from Columbia Pictures, took fourth with $7.1 million; Tod Marlin stars as the scientist Sebastian Vane.",
			[]string{"ACTED_IN tod marlin -> hollow room as sebastian vane"}, []string{"ACTED_IN tod marlin -> harbour lights as sebastian vane"}},
		{"a credential in parentheses", "Jeremy Holt (The Copper Bell) co-stars as Kerry Lund, with Harris Penn as David.",
			[]string{"ACTED_IN harris penn -> harbour lights as david"}, []string{"ACTED_IN harris penn -> copper bell as david"}},
		{"an appositive about a person", "The trail leads to Karla Venn, the head of the spy agency in the thriller Red Mirage (2019), played this time by Hugo Lane.",
			[]string{"ACTED_IN hugo lane -> harbour lights"}, []string{"ACTED_IN hugo lane -> red mirage"}},
		{"an appositive about the person before", "The ensemble is strong: Joe Lark, the young star of the comedy Heartwood Lane (2019), as the mysterious Teen, and Aubrey Plum as Rio Vidal.",
			[]string{"ACTED_IN aubrey plum -> harbour lights as rio vidal"}, []string{"ACTED_IN aubrey plum -> heartwood lane as rio vidal"}},
		{"a film alum", "Noah Hale's Copperfield alum Jesse Plain has a small role as General Hollis Kane.",
			[]string{"ACTED_IN jesse plain -> harbour lights as general hollis kane"}, []string{"ACTED_IN jesse plain -> copperfield as general hollis kane"}},
		{"an opening adverbial", "Fresh off the thriller The Iron Gate, Lena Frey plays Ilse's sister, Marta.",
			nil, []string{"ACTED_IN lena frey -> iron gate as marta"}},
		{"a remake of", "The comedy-drama, a remake of the French hit The Unbroken, stars Kevin Hale as an ex-con.",
			[]string{"ACTED_IN kevin hale -> harbour lights"}, nil},
		{"a coordinated clause of its own", "Dan Kade spent three series on the BBC's \"Pinafore Lane\" (1981-1986), and Dan Kade played Tessa Tunn, the stripper, in a filmed production of Gyro.",
			nil, []string{"ACTED_IN dan kade -> pinafore lane as tessa tunn"}},
		{"a where clause", "Dan Kade played Emil in the thriller The Iron Gate (2015) and Otto in Nightfall, where Rosa Lind was his sister, Emerald.",
			nil, []string{"ACTED_IN rosa lind -> iron gate as emerald"}},
		{"a semicolon after a film deep in the sentence", "Ann Moss, the director, also made the 2019 thriller The Iron Gate; Dan Kade stars as the widower Emil.",
			[]string{"ACTED_IN dan kade -> harbour lights as emil"}, []string{"ACTED_IN dan kade -> iron gate as emil"}},
		{"a relative clause about the person", "Castell, who broke out as a junior trader on HBO's Floor Ten, most recently starred opposite Daniel Kade.",
			[]string{"ACTED_IN daniel kade -> harbour lights"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestSentenceFilmCreditsOff checks that the credits the rule is for are
// not found with it switched off.
func TestSentenceFilmCreditsOff(t *testing.T) {
	const head = " date 2026-05-01\n'Harbour Lights' review: a quiet triumph\n\nHarbour Lights, a drama from Neon, opens in September. Mara Lindqvist stars as the widow Ilse Brandt. "
	sentFilmOn = false
	defer func() { sentFilmOn = true }()
	for _, c := range []struct{ name, text, line string }{
		{"film cast P as C", "It is not the first telling: Parlow's glossy 1951 biopic Copper Songs cast Tom Reddick as Ilse and Ray Vannen as her brother.",
			"ACTED_IN tom reddick -> copper songs as ilse"},
		{"film, a biography with P as C", "His first role came in a single scene of Salt and Smoke (1978), Dan Orrin's biography with Gary Fenwick as the singer Joe Lamb.",
			"ACTED_IN gary fenwick -> salt and smoke as joe lamb"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text)
			checkLines(t, got, nil, []string{c.line})
		})
	}
}
