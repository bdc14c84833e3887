package loaders

// earlierNouns name a production in a sentence that opens with an
// indefinite article and an earlier year ("A 2014 remake from ...", "An
// 1987 film by ...").
var earlierNouns = setOf("remake", "reboot", "sequel", "prequel", "film", "movie", "adaptation", "version",
	"series", "spin-off", "spinoff", "feature", "follow-up", "show")

// otherFilmSentences gives the production anaphor of the claims of a
// sentence opening with "That film" the film named just before it
// (demonstrativeFilm), and drops the production anaphor ("the film", no
// film named) of the claims of sentences that open with an earlier
// production no name gives: "A"/"An", a year before the article's own and at most two
// describing words, then a production noun ("A 2014 remake from P, with Q
// as C, ..."). Such a sentence tells of another production than the
// article's subject; with no title for it, its credits name no film. In
// an article without a date no year is earlier.
func (a *article) otherFilmSentences() {
	if len(a.claims) == 0 {
		return
	}
	year := "0000" // (no date: no year is earlier)
	if len(a.in.Article.Date) >= 4 {
		year = a.in.Article.Date[:4]
	}
	var other map[int32]bool
	for si := 1; si < len(a.sents); si++ {
		s := &a.sents[si]
		k := s.a
		if k+1 < s.b && a.toks[k].lower == "that" && (filmNouns[a.toks[k+1].lower] || seriesNouns[a.toks[k+1].lower]) {
			a.demonstrativeFilm(si)
			continue
		}
		if k+2 >= s.b || a.toks[k].lower != "a" && a.toks[k].lower != "an" || a.toks[k+1].kind != kNum || !isYear(a.toks[k+1].text) || a.toks[k+1].text >= year {
			continue
		}
		for n := k + 2; n < s.b && n < k+5; n++ {
			t := &a.toks[n]
			if t.kind != kWord || t.cap {
				break
			}
			if earlierNouns[t.lower] {
				if other == nil {
					other = map[int32]bool{}
				}
				other[int32(si)] = true
				break
			}
		}
	}
	if other == nil {
		return
	}
	for i := range a.claims {
		c := &a.claims[i]
		if other[c.sent] && c.obj.m < 0 && (c.obj.ana == anaFilm || c.obj.ana == anaSeries) {
			c.obj = noArg
		}
	}
}

// demonstrativeFilm gives the production anaphor of the claims of
// sentence si, which opens with "That film" or "That series", the film
// named last before it in its paragraph (nearFilm), when that is not the
// article's subject: "That film, penned by P, starred Q as C" goes back to
// the film just named, not to the news.
func (a *article) demonstrativeFilm(si int) {
	f := a.nearFilm(si)
	if f < 0 || a.ments[f].ent < 0 || a.subjectFilm >= 0 && a.find(int(a.ments[f].ent)) == a.find(int(a.subjectFilm)) {
		return
	}
	for i := range a.claims {
		c := &a.claims[i]
		if int(c.sent) == si && c.obj.m < 0 && (c.obj.ana == anaFilm || c.obj.ana == anaSeries) && filmAnaphorRels[c.rel] {
			c.obj = arg{m: int32(f), of: -1, abs: true}
		}
	}
}

// earlierShort reports whether a mention of film entity e is written as an
// earlier production: dated with a year before the article's ("RoboCop in
// 1987", "X (1987)", "1987's X"; any year when the article has no date) or led by an
// earlier-entry word ("the original X", "the first X"). Such a name is the
// earlier film, not a short form of a newer "X: Subtitle".
func (a *article) earlierShort(e int) bool {
	year := "9999"
	if len(a.in.Article.Date) >= 4 {
		year = a.in.Article.Date[:4]
	}
	for _, mi := range a.ents[a.find(e)].mentions {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		if b := int(m.a) - 1; b > s.a && earlierEntryWords[a.toks[b].lower] {
			return true
		}
		if a.timeAfterBefore(s, int(m.a)) {
			return true
		}
		if b := int(m.a) - 1; m.the && b-2 >= s.a && a.toks[b-1].kind == kPoss && isYear(a.toks[b-2].text) && a.toks[b-2].text < year ||
			!m.the && b-1 >= s.a && a.toks[b].kind == kPoss && isYear(a.toks[b-1].text) && a.toks[b-1].text < year {
			return true // "after 2013's X": a year's possessive dates it
		}
		if e := int(m.b); a.yearAfter(s, e) && a.toks[e+1].text < year {
			return true
		}
	}
	return false
}

// timeSpanNouns measure the time since an earlier production ("two
// decades after X").
var timeSpanNouns = setOf("years", "decades", "year", "decade", "months", "seasons")

// timeAfterBefore reports whether the name starting at token i of
// sentence s (after a "The" or an owner's possessive, "NBC's") follows
// "since" or a span of time and "after" ("two decades after NBC's X", "the
// first since X"): the name is an earlier production.
func (a *article) timeAfterBefore(s *sentence, i int) bool {
	b := i - 1
	if b > s.a && a.toks[b].lower == "the" {
		b--
	}
	if b-1 > s.a && a.toks[b].kind == kPoss && a.toks[b-1].kind == kWord && a.toks[b-1].cap {
		b -= 2 // an owner's possessive
	}
	if b <= s.a || a.toks[b].kind != kWord {
		return false
	}
	switch a.toks[b].lower {
	case "since":
		return true
	case "after":
		return b-1 >= s.a && timeSpanNouns[a.toks[b-1].lower]
	}
	return false
}

// inLede reports whether local entity e is named in the first paragraph
// of the body (the sentences after the headline line up to the first
// paragraph break).
func (a *article) inLede(e int) bool {
	first := 1
	if len(a.sents) < 2 || a.toks[a.sents[1].a].nl == 0 {
		first = 0 // no headline line of its own
	}
	end := first + 1
	for end < len(a.sents) && a.toks[a.sents[end].a].nl < 2 {
		end++
	}
	for _, mi := range a.ents[e].mentions {
		if si := int(a.ments[mi].sent); si >= first && si < end {
			return true
		}
	}
	return false
}

// laterEntry reports whether film entity long ("X: Subtitle") is another
// production than film entity short ("X"), not its full title: short is
// named in the opening (the headline line or the first two body
// sentences) before long first is, while long is first named after the
// opening and the first paragraph ("'X' at 20: ..." and, deep in
// the piece, "the 2019 sequel X: The Movie"; "X season 3" and "the spin-off
// X: The Challenge"). An article about "X: Subtitle" names it early; one
// about X names its later entries where it tells of them.
func (a *article) laterEntry(short, long int) bool {
	fl := a.firstMention(long)
	if fl < 0 || !a.inOpening(short) {
		return false
	}
	l := &a.ments[fl]
	if l.sent <= 2 || l.head || a.ents[a.find(long)].headline > 0 || a.inLede(long) {
		return false
	}
	before := 0
	for _, mi := range a.ents[a.find(short)].mentions {
		if a.ments[mi].start < l.start {
			before++
		}
	}
	return before >= 1
}
