package loaders

import (
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

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
	a.titleClauseFilms()
	a.sameNameWorks()
	a.sameNameSeries()
	a.sameNameRemade()
	a.sameNameVersions()
	a.sequelNamedLinks()
	if !yearsAfterBackOff {
		a.yearsAfterBackLinks()
	}
	a.paragraphTopicCredits()
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
		if k+1 < s.b && a.toks[k].lower == "that" && (filmNouns[a.toks[k+1].lower] || seriesNouns[a.toks[k+1].lower]) || a.inThatWork(si) {
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
	if other != nil {
		for i := range a.claims {
			c := &a.claims[i]
			if other[c.sent] && c.obj.m < 0 && (c.obj.ana == anaFilm || c.obj.ana == anaSeries) {
				c.obj = noArg
			}
		}
	}
	a.castChainCredits()
	a.prevTopicAnaphors()
}

// demonstrativeFilm gives the production anaphor of the claims of
// sentence si, which opens with "That film" or "That series", the film
// named last before it in its paragraph (nearFilm, else lastFilmBefore), when that is not the
// article's subject: "That film, penned by P, starred Q as C" goes back to
// the film just named, not to the news.
func (a *article) demonstrativeFilm(si int) {
	f := a.nearFilm(si)
	if f >= 0 && int(a.ments[f].sent) == si && a.ments[f].ent >= 0 && a.subjectFilm >= 0 && a.find(int(a.ments[f].ent)) == a.find(int(a.subjectFilm)) {
		// "That film stars P and, like F, was shot ...": the article's
		// film named later in the sentence is a comparison; the
		// demonstrative goes back to the film named before
		f = a.filmBefore(si, sort.Search(len(a.ments), func(i int) bool { return int(a.ments[i].sent) >= si-3 }))
	}
	if f < 0 {
		f = a.lastFilmBefore(si)
	}
	if f < 0 || a.ments[f].ent < 0 || a.subjectFilm >= 0 && a.find(int(a.ments[f].ent)) == a.find(int(a.subjectFilm)) {
		return
	}
	for i := range a.claims {
		c := &a.claims[i]
		if int(c.sent) == si && c.obj.m < 0 && (c.obj.ana == anaFilm || c.obj.ana == anaSeries) && filmAnaphorRel(c.rel) {
			c.obj = arg{m: int32(f), of: -1, abs: true}
		}
	}
}

// lastFilmBefore returns the last mention of a film (typed by any cue)
// in the sentence before si, in the same paragraph: what "That season"
// goes back to when no strong cue typed it ("launched in 2016 with F,
// which won nine Emmys. That season ..."); else -1.
func (a *article) lastFilmBefore(si int) int {
	if si < 1 || a.toks[a.sents[si].a].nl >= 2 {
		return -1
	}
	lo := sort.Search(len(a.ments), func(i int) bool { return int(a.ments[i].sent) >= si-1 })
	f := -1
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si-1; mi++ {
		if a.filmMention(mi) {
			f = mi
		}
	}
	return f
}

// earlierShort reports whether a mention of film entity e is written as an
// earlier production: dated with a year before the article's ("RoboCop in
// 1987", "X (1987)", "1987's X", "the 1987 X"; any year when the article
// has no date), led by an earlier-entry word ("the original X", "the first
// X"), or named as what a franchise began with ("began in 1987 with X":
// firstEntryName). Such a name is the earlier film, not a short form of a
// newer "X: Subtitle".
func (a *article) earlierShort(e int) bool {
	year := a.dateYear()
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
		if a.yearLedName(m, year) || a.firstEntryName(m) {
			return true
		}
	}
	return false
}

// dateYear returns the four-digit year of the article's date, or "9999"
// when it has none (any year is then an earlier one).
func (a *article) dateYear() string {
	if len(a.in.Article.Date) >= 4 {
		return a.in.Article.Date[:4]
	}
	return "9999"
}

// yearLedStops end the words a year may stand before a name with ("in
// 2014 with X" is a time, not "the 2014 X").
var yearLedStops = setOf("in", "of", "to", "and", "or", "with", "by", "for", "from", "at", "on", "since", "until", "after", "before", "as", "than")

// yearLedNew before the year make the name a new entry ("the upcoming
// 2027 film X"), not an earlier one.
var yearLedNew = setOf("upcoming", "new", "next", "forthcoming", "latest")

// yearLedName reports whether mention m is led, in its noun phrase, by a
// year before year: "the 1996 X", "the 2007 film X", "his 2018 blockbuster
// 'X'", "Its 2005 predecessor, X", "the 2004 Hollywood remake X" (up to two
// words between the year and the name, a quotation mark and an appositive
// comma before it).
func (a *article) yearLedName(m *mention, year string) bool {
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if m.the {
		k--
	}
	if k > s.a && a.toks[k].kind == kQuote {
		k--
	}
	if k > s.a && a.toks[k].text == "," {
		k--
	}
	for n := 0; k >= s.a && n <= 2; n, k = n+1, k-1 {
		t := &a.toks[k]
		if t.kind == kNum || isYear(t.text) {
			return isYear(t.text) && t.text < year && (k == s.a || a.toks[k-1].lower != "in" && !yearLedNew[a.toks[k-1].lower])
		}
		if t.kind != kWord || yearLedStops[t.lower] {
			return false
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

// titleClauseOpeners open a clause that hangs on a title just before it
// ("F, which starred P", "F, with P as C", "F, directed by D", "F, in
// which ...").
var titleClauseOpeners = setOf("which", "that", "with", "starring", "featuring", "co-starring", "directed", "co-directed",
	"written", "co-written", "produced", "created", "co-created", "helmed", "in")

// titleClauseParticiples are the openers that are past forms too: they
// open the title's clause only before "by" ("F, directed by D"), not as
// the verb of the sentence ("Q, a writer on F, directed the pilot").
var titleClauseParticiples = setOf("directed", "co-directed", "written", "co-written", "produced", "created", "co-created", "helmed")

// sourceMediumNouns before a title make it the book, play or comic a
// production comes from ("the comic F, which P adapted").
var sourceMediumNouns = setOf("comic", "comics", "novel", "book", "play", "manga", "novella", "memoir", "game", "stage")

// titleClauseLeads before a title make it a time or a comparison, not the
// production the rest of the sentence credits ("After F, which ..., P").
var titleClauseLeads = setOf("after", "following", "since", "like", "unlike", "before", "than", "besides")

// titleClauseFilms gives a credit claim whose production is the text's
// topic (an anaphor, or a film carried over from an earlier sentence) the
// film its own sentence ties the credit to: the title whose describing
// clause holds the person ("F, the 2018 follow-up that starred P as C",
// "F, with P as C", "F, directed by D and starring P"), or the title right
// after the part ("P, who played C in F"). Runs once claims are read.
func (a *article) titleClauseFilms() {
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != kg.ActedIn && c.rel != kg.Directed && c.rel != kg.Wrote && c.rel != kg.Produced || c.subj.m < 0 {
			continue
		}
		if c.obj.m < 0 && c.obj.ana != anaFilm && c.obj.ana != anaSeries || a.ments[c.subj.m].sent != c.sent {
			continue
		}
		// a title of the same sentence before the person: the opening
		// subject ("X is a reboot of ... F, which starred P") yields to a
		// title whose clause holds the person
		same := c.obj.m >= 0 && a.ments[c.obj.m].sent == c.sent
		if same && c.obj.m > c.subj.m {
			continue
		}
		f := -1
		if !same && c.rel == kg.ActedIn && c.char.m >= 0 && a.ments[c.char.m].sent == c.sent {
			if f = a.filmInAfterPart(int(c.char.m)); f >= 0 && a.creditedWith(i, f) {
				continue
			}
		}
		if f < 0 {
			f = a.describedTitleBefore(int(c.subj.m))
		}
		if f >= 0 && (!same || int32(f) > c.obj.m) {
			c.obj = arg{m: int32(f), of: -1, abs: true}
		}
	}
}

// creditedWith reports whether another claim of the sentence of claim i
// already gives its person the film of mention f: "P, who appeared as C
// in F, is back" credits P with F and, apart, with the text's topic.
func (a *article) creditedWith(i, f int) bool {
	c := &a.claims[i]
	e := a.find(int(a.ments[f].ent))
	for j := i - 1; j >= 0 && a.claims[j].sent == c.sent; j-- {
		if o := &a.claims[j]; o.rel == c.rel && o.subj.m == c.subj.m && o.obj.m >= 0 && a.ments[o.obj.m].ent >= 0 && a.find(int(a.ments[o.obj.m].ent)) == e {
			return true
		}
	}
	for j := i + 1; j < len(a.claims) && a.claims[j].sent == c.sent; j++ {
		if o := &a.claims[j]; o.rel == c.rel && o.subj.m == c.subj.m && o.obj.m >= 0 && a.ments[o.obj.m].ent >= 0 && a.find(int(a.ments[o.obj.m].ent)) == e {
			return true
		}
	}
	return false
}

// filmMention reports whether mention k is a name of a film entity, not
// led by a source medium's noun ("the comic F").
func (a *article) filmMention(k int) bool {
	m := &a.ments[k]
	if m.ent < 0 {
		return false
	}
	e := a.find(int(m.ent))
	if a.ents[e].typ != kg.Film || a.ents[e].conditional {
		return false
	}
	s := &a.sents[m.sent]
	b := int(m.a) - 1
	if m.the {
		b--
	}
	return b < s.a || !sourceMediumNouns[a.toks[b].lower]
}

// partMediumWords describe the production a part is played in ("in the
// anime series F", "in the documentary F").
var partMediumWords = setOf("anime", "documentary", "biopic", "comedy", "drama", "cartoon", "indie")

// filmInAfterPart returns the film mention right after the part at mention
// c: "in", maybe an article, a year, an owner's possessive or describing
// words ("in Tarrow's Skyman", "in the first F", "in the 2011 film F"),
// then a film's name;
// else -1.
func (a *article) filmInAfterPart(c int) int {
	s := &a.sents[a.ments[c].sent]
	t := int(a.ments[c].b)
	if t >= s.b || a.toks[t].lower != "in" {
		return -1
	}
	t++
	k := c + 1
	for n := 0; n < 6 && t < s.b; n++ {
		for k < len(a.ments) && int(a.ments[k].sent) == int(a.ments[c].sent) && int(a.ments[k].a) < t {
			k++
		}
		if k < len(a.ments) && int(a.ments[k].sent) == int(a.ments[c].sent) && (int(a.ments[k].a) == t || a.ments[k].the && int(a.ments[k].a) == t+1 && a.toks[t].lower == "the") {
			m := &a.ments[k]
			if int(m.b) < s.b && a.toks[m.b].kind == kPoss {
				// an owner ("Tolland's F"): the title follows
				t = int(m.b) + 1
				continue
			}
			if a.filmMention(k) {
				return k
			}
			return -1
		}
		w := &a.toks[t]
		if !(tokIn(w, determiners) || w.lower == "a" || w.kind == kNum && isYear(w.text) || tokIn(w, adjFilm) || tokIn(w, ordinals) || tokIn(w, filmAnaphorNouns) || tokIn(w, seriesNouns) || tokIn(w, partMediumWords)) {
			return -1
		}
		t++
	}
	return -1
}

// describedTitleBefore returns the nearest film mention before the person
// at mention p in its sentence when the person stands in a clause that
// describes that title: "F," (or "F (2019),") and a clause opener
// (titleClauseOpeners), or an appositive of an article and at most five
// lower-case words, years or commas before one ("F, the 2018 follow-up
// that starred", "F, the second installment, which starred"); else -1. A title after "after", "like" and such is a time or
// a comparison; a ";" between ends the clause.
func (a *article) describedTitleBefore(p int) int {
	si := a.ments[p].sent
	s := &a.sents[si]
	f := -1
	for k := p - 1; k >= 0 && a.ments[k].sent == si; k-- {
		if a.filmMention(k) {
			f = k
			break
		}
	}
	if f < 0 {
		return -1
	}
	m := &a.ments[f]
	for t := int(m.b); t < int(a.ments[p].a); t++ {
		if a.toks[t].text == ";" || a.toks[t].text == ":" {
			return -1
		}
	}
	for b, n := int(m.a)-1, 0; b >= s.a && n < 5; b, n = b-1, n+1 {
		// "After the 2011 film F, which ...": a time, not the production
		x := &a.toks[b]
		if titleClauseLeads[x.lower] {
			return -1
		}
		if !(x.kind == kWord && (!x.cap || x.lower == "the") || x.kind == kNum) {
			break
		}
	}
	t := int(m.b)
	if t+2 < s.b && a.toks[t].text == "(" && isYear(a.toks[t+1].text) && a.toks[t+2].text == ")" {
		t += 3
	}
	if t+1 >= s.b || a.toks[t].text != "," {
		return -1
	}
	t++
	w := a.toks[t].lower
	if w == "in" {
		if t+1 < s.b && a.toks[t+1].lower == "which" {
			return f
		}
		return -1
	}
	if titleClauseOpeners[w] {
		if titleClauseParticiples[w] && a.toks[t+1].lower != "by" {
			return -1
		}
		return f
	}
	if w != "the" && w != "a" && w != "an" && w != "its" {
		return -1
	}
	for n, u := 0, t+1; n < 6 && u < int(a.ments[p].a); n, u = n+1, u+1 {
		x := &a.toks[u]
		if x.kind == kWord && titleClauseOpeners[x.lower] && x.lower != "in" {
			if titleClauseParticiples[x.lower] && (u+1 >= s.b || a.toks[u+1].lower != "by") {
				return -1
			}
			return f
		}
		if !(x.kind == kWord && !x.cap || x.kind == kNum || x.text == ",") {
			return -1
		}
	}
	return -1
}
