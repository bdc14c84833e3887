package loaders

import (
	"iter"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// mention is a candidate name in a sentence: a capitalised run of words, a
// quoted title or a short form starting with a particle ("de Varo").
type mention struct {
	sent        int32
	a, b        int32 // tokens of the name (a leading "The" excluded)
	start, end  int32 // byte offsets of the whole mention in the original text
	text        string
	key         string
	the         bool // written with a capitalised "The" inside a sentence
	theOpen     bool // opens its sentence with "The" (left out of the name)
	quoted      bool
	short       bool // particle form ("de Varo"): only kept when it resolves
	gazette     bool // found by matching known names in a headline
	words       int8 // word tokens
	colon       bool
	digit       bool
	allCaps     bool
	acronymLead bool // opens with an acronym ("HBO Max"): not a personal name
	head        bool // a quoted title in the headline or the title of a section heading
	titleWords  bool // holds a lower-case "the", "for", "and" or "&" inside: a title, not a personal name
	pronoun     bool // a personal pronoun read as the name of the person a career piece is about
	country     bool // one word naming a country ("Japan"): never a production or a person
	foreignThe  bool // opens with a capitalised foreign article ("Les Passants", "La Noche Fría"): a title, like a capitalised "The"
	passingCue  bool // typed a film only by a cue naming it in passing (typeCapitalTheTitles, typeCreditObjects)
	placeIn     bool // a major place's name right after "in", "at", "near" ("a star in Lisbon"): never a production (title_placein.go)

	typ      kg.NodeType
	strength int8
	format   string // FILM or SERIES cue
	world    string // REAL or FICTIONAL cue
	kind     string // organisation kind cue
	ent      int32  // local entity, -1 when none
}

// dropFirstWord removes the mention's first word, first, leaving rest (the
// text after first and one space) as its name: offsets, tokens, word count
// and key follow.
func (m *mention) dropFirstWord(first, rest string) {
	m.start += int32(len(first) + 1)
	m.a++
	m.words--
	m.text = rest
	m.key = nameKey(rest)
}

// personShaped reports whether the mention looks like a personal name: two to
// four capitalised words, no digits, colon or quotes.
func (m *mention) personShaped() bool {
	return m.words >= 2 && m.words <= 4 && !m.digit && !m.colon && !m.quoted && !m.the && !m.allCaps && !m.titleWords && !m.acronymLead
}

// setType records a type cue of the given strength; a stronger cue wins.
func (m *mention) setType(t kg.NodeType, strength int8) {
	if m.country && t != kg.Organisation {
		return // "earned more than ¥40 billion in Japan"
	}
	if m.placeIn && t == kg.Film {
		return // "trying to win a third star in Lisbon" (title_placein.go)
	}
	if strength > m.strength {
		m.typ, m.strength = t, strength
	}
}

// setRealOrg records a strong cue that m is a company (an organisation of
// the real world), and makes it real unless a cue already gave it a world.
func (m *mention) setRealOrg() {
	m.setType(kg.Organisation, 3)
	if m.world == "" {
		m.world = kg.WorldReal
	}
}

// findMentions finds the mentions of sentence si and appends them to a.ments.
func (a *article) findMentions(si int) {
	s := &a.sents[si]
	toks := a.toks
	if s.titleCase || si > 0 && a.capsHeading(s) {
		if s.titleCase && a.seasonLineTitle(si) {
			return // "Season 2, X: Y (2017)." (title_seasonline.go)
		}
		a.headTitles(si) // other headline names are matched against known names later
		if si == len(a.sents)-1 {
			a.addYearTitles()
		}
		return
	}
	first := s.a
	for first < s.b && toks[first].kind != kWord && toks[first].kind != kNum {
		first++
	}
	start := s.a
	if w := a.repeatedLabel(s, first); speakerLabel(toks, s, first) || w > 0 {
		// "HOLLIS: Rory Hensford voices Vektor", "Q: Why now?": a
		// transcript's speaker label is no part of the name after it
		start = first + 1 + max(w, 1)
		for first = start; first < s.b && toks[first].kind != kWord && toks[first].kind != kNum; first++ {
		}
	}
	firstMention := len(a.ments)
	for i := start; i < s.b; {
		t := &toks[i]
		if t.kind == kQuote && t.open && !(si == 0 && a.pullQuote(si, i)) {
			n := len(a.ments)
			if j, ok := a.quotedTitle(si, i); ok {
				if si == 0 && n < len(a.ments) {
					// a headline written as a sentence ("Review: 'X' is a
					// quiet stunner"): its quoted title is a headline title
					// a quoted title of a headline written as a sentence
					a.noteHeadTitle(n)
				}
				i = j
				continue
			}
			i++
			continue
		}
		if t.kind == kWord && t.cap && len(a.headSpans) > 0 && a.headStart(t.lower) {
			// the headline's title again: "on How to Fold Your Kite 2"
			if j := a.headSpanAt(s, i); j > i {
				if j+1 < s.b && toks[j].text == ":" {
					// "Wolves May Weep: The Drawn Series": a subtitle after the headline's title
					j = max(j, a.extendRun(s, j-1))
				}
				a.addMention(si, i, j, false)
				a.ments[len(a.ments)-1].setType(kg.Film, 1)
				i = j
				continue
			}
		}
		if t.kind == kWord && t.cap && i == first && a.stageVerbLead(s, i) {
			i++ // "Enter C, a ...": a stage verb is no part of the name (mentions_stageverb.go)
			continue
		}
		if t.kind == kWord && t.cap && i == first && i+1 < s.b && toks[i+1].kind == kWord && !toks[i+1].cap && (tokLeadNoun(t) || tokIn(t, openingAdjectives)) {
			// "Producers include A and B": a job noun opening the sentence is no name
			i++
			continue
		}
		if t.kind == kWord && t.cap && tokIn(t, currencyWords) && i+1 < s.b && (toks[i+1].kind == kNum || toks[i+1].text == "." && i+2 < s.b && toks[i+2].kind == kNum) {
			// "Rs 400 crore": a money unit and its sum
			i++
			continue
		}
		if t.kind == kWord && t.cap && t.lower == "western" && i > first && toks[i-1].kind == kWord && !toks[i-1].cap && !commonWords[toks[i-1].lower] &&
			i+1 < s.b && toks[i+1].kind == kWord && toks[i+1].cap && toks[i+1].nl == 0 {
			// "Kesslow's three-hour Western Meridian: ...": the genre, written
			// capitalised after a describing word, is no part of the title
			// (not "on the Western Front")
			i++
			continue
		}
		if t.kind == kWord && t.cap && awardAdj(t.lower) {
			// "the Oscar-nominated animated feature X": never a name of its own
			if i == first {
				first = i + 1
			}
			i++
			continue
		}
		if t.kind == kWord && t.cap && (awardAdj(t.lower) || i == first && (tokLeadNoun(t) || namingLeads[t.lower])) && i+1 < s.b && toks[i+1].kind == kWord && toks[i+1].cap {
			// "Oscar-winning Kaiju Minus Two", "Newcomer Dale Stenning", "Titled Harbour
			// Watch: Class of '82, the drama ...": not part of the name
			if i == first {
				first = i + 1
			}
			i++
			continue
		}
		if t.kind == kWord && t.cap && tokIn(t, foreignArticles) {
			if j := a.foreignTitleEnd(s, i); j > i+1 {
				// "the broadcaster's Il commissario Vettraino (Inspector Vettraino)": a
				// title in sentence case after a foreign article
				a.addMention(si, i, j, false)
				a.ments[len(a.ments)-1].titleWords = true
				i = j
				continue
			}
		}
		if t.kind == kWord && t.cap && i == first && a.openingPreposition(s, i) {
			i++ // "In Harrow QC, the drama for ITV, she played ...": the sentence's own preposition (title_openingprep.go)
			continue
		}
		if t.kind == kWord && t.cap && (a.canStart(s, i, i == first || tokIn(t, commonWords) && speechStart(toks, s, i)) || i > first && toTheTitle(toks, s, i)) {
			j := a.extendRun(s, i)
			if possEndTitle(toks, s, i, j) {
				j++ // "the teen comedy Lanky's.": a title ending in a possessive
			}
			j = ellipsisSubtitle(toks, s, j)
			a.addMention(si, i, j, false)
			i = j
			continue
		}
		// "20th Century Studios": an ordinal starts a company name
		if t.kind == kNum && isOrdinalNum(t.lower) && i+2 < s.b && toks[i+1].text == "&" && toks[i+2].kind == kWord && toks[i+2].cap {
			// "6th & Idaho"
			j := a.extendRun(s, i+2)
			a.addMention(si, i, j, false)
			i = j
			continue
		}
		if t.kind == kNum && a.bareNumberTitle(s, i, false) {
			// "the 1998 film 54,", "the prequels 1887 and 1931": a number title
			a.addMention(si, i, i+1, false)
			a.ments[len(a.ments)-1].setType(kg.Film, 2)
			if i+2 < s.b && (toks[i+1].lower == "and" || toks[i+1].lower == "or") && a.bareNumberTitle(s, i+2, true) {
				a.addMention(si, i+2, i+3, false)
				a.ments[len(a.ments)-1].setType(kg.Film, 2)
				i += 2
			}
			i++
			continue
		}
		if t.kind == kNum && a.numberTitleStart(s, i, first) {
			// "41 Winters Later: The Ash Chapel", "this summer's 41 Winters Later"
			j := a.extendRun(s, i+1)
			a.addMention(si, i, j, false)
			i = j
			continue
		}
		if t.kind == kNum && i+1 < s.b && toks[i+1].kind == kWord && toks[i+1].cap && toks[i+1].nl == 0 && realOrgWords[toks[i+1].lower] &&
			isDigits(t.lower) && len(t.lower) <= 3 && toks[i+1].start-t.end == 1 && (i+2 >= s.b || !(toks[i+2].kind == kWord && toks[i+2].cap)) {
			// "101 Studios": a cardinal and a company word name a company
			a.addMention(si, i, i+2, false)
			i += 2
			continue
		}
		if t.kind == kNum && isOrdinalNum(t.lower) && i+1 < s.b && toks[i+1].kind == kWord && toks[i+1].cap && toks[i+1].nl == 0 && !commonWords[toks[i+1].lower] &&
			!(streetHeads[toks[i+1].lower] || unitNouns[toks[i+1].lower]) {
			// (not "61st Street", "the 19th Precinct": a numbered street or unit)
			j := a.extendRun(s, i+1)
			a.addMention(si, i, j, false)
			i = j
			continue
		}
		if t.kind == kWord && !t.cap && i+1 < s.b && toks[i+1].kind == kWord && toks[i+1].cap && tokIn(t, particles) &&
			toks[i+1].start-t.end <= 1 && (i == s.a || !toks[i-1].cap) {
			j := a.extendRun(s, i+1)
			if j == i+2 {
				a.addMention(si, i, j, false)
				a.ments[len(a.ments)-1].short = true
				i = j
				continue
			}
		}
		i++
	}
	a.joinYearTitles(si, firstMention)
	if si == len(a.sents)-1 {
		a.addYearTitles() // the last sentence read: the years that name a production
	}
}

// toTheTitle reports whether a capitalised common word at i, inside a
// sentence, opens a title: one or two capitalised words, "to", maybe
// "the", and a capitalised word ("Back to the Harbor", "No Room to Run");
// without "the" the last word must be no common word.
func toTheTitle(toks []token, s *sentence, i int) bool {
	if !commonWords[toks[i].lower] || toks[i-1].kind == kWord && toks[i-1].cap || toks[i-1].kind == kQuote {
		return false
	}
	k := toTheEnd(toks, s, i)
	if k < 0 {
		return false
	}
	k++
	if toks[k].lower == "the" {
		k++
	}
	return k < s.b && toks[k].kind == kWord && toks[k].cap && toks[k].nl == 0 && months[toks[k].lower] == 0 && !commonWords[toks[k].lower] ||
		k < s.b && toks[k-1].lower == "the" && toks[k].kind == kWord && toks[k].cap && toks[k].nl == 0
}

// toTheEnd returns the index of the "to" after the one or two capitalised
// words from i ("Back to", "No Room to"), or -1.
func toTheEnd(toks []token, s *sentence, i int) int {
	for k := i + 1; k <= i+2 && k+1 < s.b; k++ {
		if toks[k].lower == "to" && toks[k].kind == kWord && !toks[k].cap {
			return k
		}
		if toks[k].kind != kWord || !toks[k].cap || toks[k].nl > 0 {
			return -1
		}
	}
	return -1
}

// lowerInside reports whether a mention holds a lower-case word ("in",
// "to"): a title the capitalised-run reader would cut there.
func (a *article) lowerInside(m *mention) bool {
	for k := m.a + 1; k < m.b-1; k++ {
		if t := &a.toks[k]; t.kind == kWord && !t.cap {
			return true
		}
	}
	return false
}

// noteHeadTitle marks mention mi, a quoted title of the headline, as a
// headline title (head, headKeys) and records its token span in headSpans
// when the body's capitalised-run reader would not read it whole: a title
// opening with a function word or holding a lower-case word ("How to
// Fold Your Kite") or a month or weekday name ("Wolves May Weep"), or
// one written with "The" before a common word
// ("'The Nine'", "'The Last'": the body's "The Nine" is read whole).
func (a *article) noteHeadTitle(mi int) {
	m := &a.ments[mi]
	m.head = true
	if a.headKeys == nil {
		a.headKeys = map[string]bool{}
	}
	a.headKeys[m.key] = true
	switch {
	case m.b-m.a >= 2 && (commonWords[a.toks[m.a].lower] || m.titleWords || a.lowerInside(m) || a.dateWordInside(m)):
		a.headSpans = append(a.headSpans, [2]int32{m.a, m.b})
	case m.the && m.a > 0 && a.toks[m.a-1].lower == "the" && commonWords[a.toks[m.a].lower]:
		a.headSpans = append(a.headSpans, [2]int32{m.a - 1, m.b})
	}
}

// dateWordInside reports whether a word of mention m after its first is a
// month or weekday name ("Wolves May Weep"): a word the capitalised-run
// reader cuts a name at.
func (a *article) dateWordInside(m *mention) bool {
	for k := m.a + 1; k < m.b; k++ {
		if t := &a.toks[k]; t.kind == kWord && (months[t.lower] != 0 || weekdays[t.lower]) {
			return true
		}
	}
	return false
}

// headStart reports whether a quoted headline title recorded in headSpans
// opens with the folded word w.
func (a *article) headStart(w string) bool {
	for _, sp := range a.headSpans {
		if a.toks[sp[0]].lower == w {
			return true
		}
	}
	return false
}

// headSpanAt returns the end of the tokens from i that spell a quoted
// headline title opening with a function word, or i when none does; a
// longer run of capitalised words or numbers after it extends it ("How to
// Fold Your Kite" then "How to Fold Your Kite 2").
func (a *article) headSpanAt(s *sentence, i int) int {
	best := i
	for _, sp := range a.headSpans {
		n := int(sp[1] - sp[0])
		if last := &a.toks[sp[1]-1]; n > 2 && i+n-1 <= s.b && (last.kind == kNum || romanOrNumber(last.lower) != "") {
			// "How to Fold Your Kite 2" names "How to Fold Your Kite" too
			n--
		}
		if i+n > s.b {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			if a.toks[i+k].lower != a.toks[int(sp[0])+k].lower {
				ok = false
				break
			}
		}
		if ok && i+n > best {
			best = i + n
		}
	}
	if best > i {
		for best < s.b && a.toks[best].nl == 0 && (a.toks[best].kind == kNum && len(a.toks[best].text) <= 2 || a.toks[best].kind == kWord && a.toks[best].cap && romanOrNumber(a.toks[best].lower) != "") {
			best++
		}
		if a.toks[i].lower == "the" && best < s.b && a.toks[best].kind == kWord && a.toks[best].cap && a.toks[best].nl == 0 {
			return i // "The Nine Ronin" is a longer name than the headline's "The Nine"
		}
	}
	return best
}

// numberTitleStart reports whether the number token i opens a title: a
// small plain number (no year, no comma or point, no money) at the start
// of the sentence or after a possessive, followed by two or more
// capitalised words that are not a date ("41 Winters Later", "this summer's
// 41 Months Later").
func (a *article) numberTitleStart(s *sentence, i, first int) bool {
	toks := a.toks
	t := &toks[i]
	if len(t.text) > 3 || isYear(t.text) || i+2 >= s.b {
		return false
	}
	for k := 0; k < len(t.text); k++ {
		if t.text[k] < '0' || t.text[k] > '9' {
			return false
		}
	}
	// "(Railhopping, 12 Winters Later, ...)": a title in a list
	listed := i > s.a && (toks[i-1].text == "," || toks[i-1].text == "(")
	if !(i == first || i > s.a && toks[i-1].kind == kPoss || i > s.a && toks[i-1].kind == kWord && !toks[i-1].cap && !numberContext[toks[i-1].lower] || listed) {
		return false
	}
	if numberYearTitle(toks, s, i) {
		return true // "wrote 41 Winters (2003)": one word and a year in brackets
	}
	for k := i + 1; k <= i+2; k++ {
		n := &toks[k]
		if n.kind != kWord || !n.cap || n.nl > 0 || months[n.lower] != 0 || weekdays[n.lower] || commonWords[n.lower] && k == i+1 ||
			listed && tokIn(n, awardNouns) {
			return false // (not ", 3 Emmy Awards": a count of prizes)
		}
	}
	return true
}

// numberYearTitle reports whether the number at token i, one capitalised
// word that is no function word and a year in brackets are a title:
// "wrote 41 Winters (2003)", not "over 3 Days".
func numberYearTitle(toks []token, s *sentence, i int) bool {
	n := &toks[i+1]
	return i+5 <= s.b && n.kind == kWord && n.cap && n.nl == 0 && !commonWords[n.lower] && months[n.lower] == 0 && !weekdays[n.lower] &&
		!tokIn(n, awardNouns) && toks[i+2].text == "(" && isYear(toks[i+3].text) && toks[i+4].text == ")"
}

// numberContext are words before a number that make it a count, not a
// title ("about 30", "top 10", "over 200").
var numberContext = setOf("about", "around", "over", "under", "nearly", "almost", "top", "some", "than", "of", "only",
	"just", "roughly", "approximately", "least", "most", "to", "from", "by", "and", "or", "the", "all", "those", "these",
	"its", "their", "his", "her", "first", "last", "next", "aged", "age", "season", "episode", "chapter", "part", "volume", "no")

// headTitles reads the titles of a headline or heading sentence si: quoted
// spans of the article's headline ("'Grid: Helios' Trailer: ..."), typed later
// by defaultTitles when they are title-shaped, and the leading name of a
// section heading of the form "Title (Streamer, Day)", a film at once.
func (a *article) headTitles(si int) {
	s := &a.sents[si]
	toks := a.toks
	if si == 0 {
		for i := s.a; i < s.b; i++ {
			if toks[i].kind == kQuote && toks[i].open && !a.pullQuote(si, i) {
				n := len(a.ments)
				if j, ok := a.quotedTitle(si, i); ok {
					for k := n; k < len(a.ments); k++ {
						a.noteHeadTitle(k)
					}
					i = j - 1
				}
			}
		}
		return
	}
	// "Arena II (Paramount+, Tuesday)": a title, then a bracket, ending
	// the line; or "DRAKMOOR (2006) — Disney+, from Thursday": a title, a
	// bracket, a dash and the service it streams on
	sb := boldEnd(toks, s) // "**4. Title (2006)**": the emphasis closing a ranking's heading
	if sb-s.a > 20 || toks[s.a].kind != kWord && toks[s.a].kind != kQuote {
		return
	}
	open, close := -1, -1
	for i := s.a + 1; i < sb; i++ {
		if toks[i].text == "(" && open < 0 {
			open = i
		} else if toks[i].text == ")" && open >= 0 {
			close = i
			break
		}
	}
	if open < 0 || close < 0 {
		return
	}
	dashForm := close != sb-1 && close+2 < sb && toks[close+1].kind == kDash && close-open <= 6
	if toks[sb-1].text == ")" {
		close, dashForm = sb-1, false // "Drill III (2006) and Drill IV (2007)": the first title
	}
	if close != sb-1 && !dashForm {
		return
	}
	// a bracket holding only a year or a span of years ("7. A Nightmare on
	// Birch Lane 5: The Sleep Walker (1989)") dates a longer heading title
	dated := yearBracket(toks, open, close+1)
	if open-s.a > 8 && !(open-s.a <= 16 && dated) || sb-s.a > 14 && !dated && !dashForm {
		return
	}
	if !dashForm {
		for i := open + 1; i < sb-1; i++ {
			if toks[i].text == ")" && toks[open+1].kind == kWord {
				return // a list of bracketed names: "C: A (Japanese), B (English)"
			}
		}
	}
	b, e := s.a, open
	if toks[b].kind == kQuote {
		b++
	}
	if e > b && toks[e-1].kind == kQuote {
		e--
	}
	series := false
	if e-3 > b && toks[e-3].text == "," && toks[e-2].lower == "season" && seasonNumbers[toks[e-1].lower] {
		// "RUSTED GEARS, SEASON 2 (Peacock, Jan. 8)": the series, not its season
		e -= 3
		series = true
	}
	if e <= b || toks[b].kind != kWord && toks[b].kind != kNum {
		return
	}
	a.addMention(si, b, e, false)
	m := &a.ments[len(a.ments)-1]
	m.head = true
	m.setType(kg.Film, 2)
	if series {
		m.format = kg.FormatSeries
	}
	if int(m.a) > b && toks[b].lower == "the" {
		// a heading line is all title: "The Title (1984)" keeps its "The",
		// so it stays apart from a franchise or film named "Title"
		m.the = true
		m.key = foldKey("The " + m.text)
	}
	// "(Paramount+, Tuesday)", "(Netflix, Friday)", "— Max, from Monday":
	// the service it streams on
	o := open + 1
	if dashForm {
		o = close + 2
	}
	c := o
	for c < sb && toks[c].kind == kWord && toks[c].cap {
		c++
	}
	if c < sb && c > o && c-o <= 3 && toks[c].text == "+" {
		c++
	}
	if c > o && c+1 < sb && toks[c].text == "," && (weekdays[toks[c+1].lower] || months[toks[c+1].lower] != 0 ||
		dashForm && (toks[c+1].lower == "from" || toks[c+1].lower == "on") && c+2 < sb && (weekdays[toks[c+2].lower] || months[toks[c+2].lower] != 0)) {
		a.addMention(si, o, c, false)
		om := &a.ments[len(a.ments)-1]
		om.setType(kg.Organisation, 3)
		om.world = kg.WorldReal
		om.kind = "streamer"
	}
}

// capsHeading reports whether sentence s is a heading line of a listing
// written in capitals before a bracket that may hold lower-case words ("HER
// BRIGHT ENGINES (all three seasons) — Max, from Monday"): two or more
// words in capitals, then the bracket, then a dash or the line's end.
func (a *article) capsHeading(s *sentence) bool {
	toks := a.toks
	words := 0
	for i := s.a; i < s.b && i < s.a+12; i++ {
		t := &toks[i]
		switch {
		case t.kind == kWord && t.allCaps:
			words++
		case t.kind == kNum || t.text == "," || t.text == ":" || t.text == "&" || t.kind == kPoss:
		case t.text == "(" && words >= 2:
			for j := i + 1; j < s.b && j < i+8; j++ {
				if toks[j].text == ")" {
					return j == s.b-1 || toks[j+1].kind == kDash
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// yearBracket reports whether the bracket opening at token open and ending
// the sentence at b holds only a year or a span of years ("(1989)",
// "(2008–2015)", "(2017-)").
func yearBracket(toks []token, open, b int) bool {
	if open+2 >= b || !isYear(toks[open+1].text) {
		return false
	}
	switch b - open {
	case 3:
		return true
	case 4:
		return toks[open+2].kind == kDash || toks[open+2].text == "-"
	case 5:
		return (toks[open+2].kind == kDash || toks[open+2].text == "-") && isYear(toks[open+3].text)
	}
	return false
}

// speakerLabel reports whether the sentence s opens, at token first, with a
// transcript's speaker label: an upper-case name ("COOLEY", "Q", "A") at
// the start of a line, followed by a colon.
func speakerLabel(toks []token, s *sentence, first int) bool {
	if first+2 >= s.b || toks[first].kind != kWord || toks[first+1].text != ":" || toks[first+1].space {
		return false
	}
	if first > 0 && toks[first].nl == 0 && first != s.a {
		return false
	}
	t := &toks[first]
	return t.allCaps || len(t.text) == 1 && t.cap
}

// repeatedLabel returns the words (1 or 2, 0 for none) of the speaker
// label that opens the sentence s at token first, an interview's label
// written as a capitalised name ("Quarro: Not at all.", "Dana Quarro: Not
// at all."): at the start of a line, one word, or two whose last is the
// label, before a colon, the word opening with a colon at least two lines
// of an article whose questions are labelled "Q:", or three lines of
// another with a question ending a line (not a title and its subtitle
// opening two paragraphs or a list's headings).
func (a *article) repeatedLabel(s *sentence, first int) int {
	if first+2 >= s.b {
		return 0
	}
	t := &a.toks[first]
	if t.kind != kWord || !t.cap || t.nl == 0 && first != 0 {
		return 0
	}
	w := 1 // "Oxendale:", or a given name before it the first time: "Cal Oxendale:"
	if l := &a.toks[first+1]; l.kind == kWord && l.cap && first+3 < s.b && a.toks[first+2].text == ":" {
		w = 2
	}
	if c := &a.toks[first+w]; c.text != ":" || c.space {
		return 0
	}
	need := 3 // with no "Q:" questions, a label opens three lines at least (not a title and its subtitle opening two paragraphs)
	if strings.Contains(a.text, "\nQ:") {
		need = 2
	} else if !strings.Contains(a.text, "?\n") {
		return 0 // no question ends a line: no interview (headings "Title: Subtitle" of a list)
	}
	if a.labelLines(a.toks[first+w-1].text, need) < need {
		return 0
	}
	return w
}

// labelLines counts, up to max, the lines of the article that open with w
// and a colon.
func (a *article) labelLines(w string, max int) int {
	n := 0
	for i := strings.Index(a.text, w+":"); i >= 0 && n < max; {
		if i == 0 || a.text[i-1] == '\n' {
			n++
		}
		j := strings.Index(a.text[i+1:], w+":")
		if j < 0 {
			break
		}
		i += j + 1
	}
	return n
}

// openingAdjectives open a sentence before a lower-case noun without being
// a name ("Original stars A and B are back", "Returning for the new
// episodes are ...").
var openingAdjectives = setOf("original", "returning", "former", "fellow", "supporting", "upcoming", "veteran",
	"longtime", "frequent", "recurring")

// leadNouns open a sentence before a name without being part of it
// ("Newcomer Dale Stenning plays ...", "Director Dorian Vellacourt said").
var leadNouns = setOf("newcomer", "newcomers", "veteran", "actor", "actress", "director", "filmmaker",
	"producer", "writer", "screenwriter", "composer", "showrunner", "creator", "comedian", "singer", "rapper", "author",
	"executive", "cinematographer", "editor", "critic", "novelist", "showrunner", "showrunners", "co-showrunner",
	"co-showrunners", "producers", "writers", "directors", "co-writers", "co-directors", "stars", "co-star", "co-stars",
	"first-timer", "debutant", "star", "helmer", "auteur")

// leadNoun reports whether w opens a sentence before a name without being
// part of it: a lead noun, or lead nouns joined by hyphens
// ("Writer-director", "Actor-producer").
func leadNoun(w string) bool {
	if leadNouns[w] {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if !leadNouns[part] {
			return false
		}
	}
	return true
}

// awardAdj reports whether a capitalised hyphenated word is an award
// adjective before a title or name ("Oscar-winning", "Emmy-nominated").
func awardAdj(w string) bool {
	if len(w) < len("-winner")+1 || strings.IndexByte(w, '-') < 0 {
		return false // (every suffix below holds a hyphen and is 7+ bytes)
	}
	for _, suf := range []string{"-winning", "-nominated", "-winner", "-nominee"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}

// endsEarlierTitle reports whether the capitalised run starting at token i
// (a sentence-opening function word such as "Across") is the end of a
// title mentioned earlier in the article ("Moth-Man: Across the
// Moth-Verse").
func (a *article) endsEarlierTitle(s *sentence, i int) bool {
	j := a.extendRunFrom(s, i)
	if j <= i+2 {
		return false
	}
	key := foldKey(NormalizeSurface(a.text[a.toks[i].start:a.toks[j-1].end]))
	lo := max(len(a.ments)-400, 0)
	for k := len(a.ments) - 1; k >= lo; k-- {
		mk := a.ments[k].key
		if len(mk) > len(key) && strings.HasSuffix(mk, key) && (hasSuffixAfter(mk, ": ", key) || hasSuffixAfter(mk, " ", key)) {
			return true
		}
	}
	return false
}

// metEarlier reports whether tokens [i, j) spell a mention of an earlier
// sentence that was not itself at a sentence start.
func (a *article) metEarlier(s *sentence, i, j int) bool {
	if j <= i+1 {
		return false
	}
	key := nameKey(NormalizeSurface(a.text[a.toks[i].start:a.toks[j-1].end]))
	lo := max(len(a.ments)-400, 0)
	for k := len(a.ments) - 1; k >= lo; k-- {
		if a.ments[k].key == key && int(a.ments[k].start) < s.start && !a.sents[a.ments[k].sent].titleCase {
			return true
		}
	}
	return false
}

// extendRunFrom is extendRun for a run that starts with a function word:
// it reads the function word, "the"/"of" and the capitalised run after.
func (a *article) extendRunFrom(s *sentence, i int) int {
	if i+2 >= s.b || !a.toks[i+2].cap || a.toks[i+2].kind != kWord {
		return i
	}
	return a.extendRun(s, i+2)
}

// isOrdinalNum reports whether a number token is an ordinal ("20th").
func isOrdinalNum(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// companyAbbrevs end company names with a full stop ("Warner Bros.").
var companyAbbrevs = setOf("bros", "inc", "corp", "ltd", "co")

// honorifics are titles written with a full stop before a name.
var honorifics = setOf("mr", "mrs", "ms", "dr", "prof", "capt", "gen", "col", "lt", "sgt", "rev", "st", "maj", "cpl", "pvt", "adm", "cmdr",
	"cdr", "brig", "det", "insp")

// namingLeads open a sentence before the name they introduce ("Titled
// Harbour Watch: Class of '82, the drama follows ...").
var namingLeads = setOf("titled", "entitled", "subtitled", "dubbed")

// titleJoiners are the small words that join two capitalised parts of one
// title ("War for the Valley of the Owls").
var titleJoiners = setOf("for", "in", "to", "from", "on", "at", "with", "and", "of", "under", "beneath", "beyond", "into", "the", "a")

// ownerTitleJoiners go on a title after an owner's possessive ("Sony's
// Take Me to the Sea").
var ownerTitleJoiners = setOf("to", "or", "in", "on")

// holidayWords are capitalised dates a title is moved "to" ("Disney's
// Lagoona to Thanksgiving").
var holidayWords = setOf("thanksgiving", "christmas", "easter", "halloween", "summer", "spring", "fall", "autumn", "winter")

// capsPronounEnd reports whether the lower-case preposition at j, after a
// run of at least two capitalised words from i, is followed by an object
// pronoun written capitalised ("Us", "Me", "You", "Them", "It") that ends
// the run: inside a sentence only a title writes it so.
func capsPronounEnd(toks []token, s *sentence, i, j int) bool {
	t := &toks[j]
	if t.kind != kWord || t.cap || j-i < 2 || j+1 >= s.b || !(t.lower == "for" || t.lower == "to" || t.lower == "with" || t.lower == "from" || t.lower == "about" || t.lower == "on") {
		return false
	}
	n := &toks[j+1]
	if n.kind != kWord || !n.cap || n.nl > 0 || !capsPronouns[n.text] {
		return false
	}
	if t.lower == "on" && n.text == "It" {
		return false // "on It": the film of that name, maybe
	}
	return j+2 >= s.b || !(toks[j+2].kind == kWord && toks[j+2].cap)
}

// capsPronouns are object pronouns as titles write them ("Us", not "US").
var capsPronouns = setOf("Us", "Me", "You", "Them", "It", "Him", "Her")

// capsRubric reports whether the words from i to the colon at j are all
// written in capitals and the word after the colon is not: a column's
// rubric before a headline ("THE CONTENDERS: How P Found ...", "WEEKEND
// BOX OFFICE: F Stays on Top"), not a title.
func capsRubric(toks []token, i, j int) bool {
	if j+1 >= len(toks) || toks[j+1].allCaps {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].kind != kWord || !toks[k].allCaps || len(toks[k].text) < 2 {
			return false
		}
	}
	return true
}

// newsGenreWords name the kind of news item a headline is; written in
// capitals after a title written in capitals ("X PANEL RECAP", "X
// TRAILER", "X REVIEW") they end the title.
var newsGenreWords = setOf("panel", "recap", "review", "reviews", "trailer", "teaser", "exclusive", "interview",
	"ranked", "preview", "featurette", "explained", "breakdown", "roundup", "recaps")

// subtitleJoiners join two capitalised words of a subtitle after a colon
// ("The Hunt for Grimble", "Return to Ozmar", "Ride or Fall").
var subtitleJoiners = setOf("for", "to", "from", "with", "under", "beyond", "into", "beneath", "or")

// romanceJoiners are the small words of a Spanish, French, Italian or
// Portuguese title that may stand between two capitalised words of it.
var romanceJoiners = setOf("de", "del", "la", "las", "los", "el", "en", "o", "y", "du", "des", "les", "le", "et", "sur",
	"di", "della", "dei", "il", "da", "do", "dos", "das", "por", "para")

// romanceTitleWords are the romanceJoiners no personal name holds
// ("Ellos los Valientes", not "Ana de la Torreblanca"): a title's words.
var romanceTitleWords = setOf("los", "las", "en", "o", "et", "sur", "les", "des", "por", "para")

// foreignJoiners are small lower-case words of a foreign subtitle after a
// colon ("Buffoon: Folie à Trois", "Tsuki no Kage").
var foreignJoiners = setOf("à", "no", "de", "du", "des", "la", "le", "del", "di", "et")

// nameColonName reports whether the colon at j of the run from i joins two
// two-word personal names, as in a cast line or a "So no, you are not done
// with Jory Whelford: Zachary Arbour is back" aside ("Character Name: Actor
// Name"), rather than a title and its subtitle: two capitalised words
// before, a given name and one capitalised word after that end the run,
// or, at the start of a line, two or three capitalised words before a
// bracketed word.
func nameColonName(toks []token, i, j int, capWord func(int) bool) bool {
	if j != i+2 || toks[i].lower == "the" || !capWord(j+1) || !capWord(j+2) || toks[j+1].lower == "the" {
		return false
	}
	e := j + 3
	if capWord(e) && !capWord(e+1) {
		e++ // "Danny Yong Basch"
	}
	if e < len(toks) && toks[e].kind == kNum || capWord(e) {
		return false
	}
	// a cast list's line: "Sakura Maebara: Hina Kitaoka (Japanese), Ally Trent (English)"
	castLine := (i == 0 || toks[i].nl > 0) && e+1 < len(toks) && toks[e].text == "(" && toks[e+1].kind == kWord
	return castLine || e == j+3 && isGivenName(toks[j+1].lower)
}

// joinSubtitles first joins titles cut at a small word that the article
// writes twice (joinRepeatedTitles), titles with a comma inside written
// twice (joinCommaTitles) or titles that a production noun names
// (joinCuedTitles), extends titles cut at a small word
// (joinKnownTitles),
// then merges, across the whole article, two mentions of one
// sentence joined by one to three small title words ("Hunt" "for" "Grimble")
// when together they spell the subtitle of a longer title of the article
// ("The Keeper of the Keys: The Hunt for Grimble"): the short form is one
// name, not two.
func (a *article) joinSubtitles() {
	a.joinQuotedTitles()
	a.joinColonTitles()
	a.joinNumberColonTitles()
	a.joinRepeatedTitles()
	a.joinRepeatedPossessives()
	a.joinCommaTitles()
	a.joinAndTitles() // title_andpair.go
	a.joinCuedTitles()
	a.joinCuedPossessives()
	a.joinDoublePossessives() // title_possdouble.go
	a.joinPossessiveTitles()
	a.joinWorkPossessives()  // title_possessive.go
	a.joinInnerPossessives() // title_innerposs.go
	a.joinFramedTitles()
	a.joinSelfNamedPossessives()
	a.joinKnownTitles()
	a.joinJoinedSubtitles() // title_joinedcolon.go
	a.dateRemakeHeadings()
	var subs map[string]bool
	for mi := range a.ments {
		if _, sub, ok := strings.Cut(a.ments[mi].key, ": "); ok && strings.Contains(sub, " ") {
			if subs == nil {
				subs = map[string]bool{}
			}
			subs[strings.TrimPrefix(sub, "the ")] = true
		}
	}
	if subs == nil {
		return
	}
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || l.quoted || r.quoted || l.colon || r.colon || l.short || r.short || r.the {
			continue
		}
		gap := 0
		for x := int(l.b); x < int(r.a); x++ {
			if toks[x].kind != kWord || toks[x].cap || !titleJoiners[toks[x].lower] {
				gap = -1
				break
			}
			gap++
		}
		if gap < 1 || gap > 3 {
			continue
		}
		key := nameKey(NormalizeSurface(a.text[toks[l.a].start:toks[r.b-1].end]))
		if !subs[key] {
			continue
		}
		la := int(l.a)
		if l.the || l.theOpen {
			la--
		}
		n := len(a.ments)
		a.addMention(int(l.sent), la, int(r.b), false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.setType(kg.Film, 2)
		a.ments[k] = merged
		a.ments = append(a.ments[:k+1], a.ments[k+2:]...)
	}
}

// joinKnownTitles extends, across the whole article, a mention that the
// capitalised-run reader cut at a small lower-case word when the words
// after it spell, with it, a longer title named elsewhere in the article
// ("the Men in Tweed films" after a headline's "Men in Tweed's"; a
// headline's "The Feud Between the Land" before the body's "The Feud
// Between the Land and the Sea"); the mentions it then covers are dropped.
func (a *article) joinKnownTitles() {
	var longs [][2]int32
	for mi := range a.ments {
		if m := &a.ments[mi]; m.b-m.a >= 3 && !m.quoted && a.lowerInside(m) {
			longs = append(longs, [2]int32{m.a, m.b})
		}
	}
	if len(longs) == 0 {
		return
	}
	toks := a.toks
	for k := 0; k < len(a.ments); k++ {
		l := &a.ments[k]
		best := int(l.b)
		for _, g := range longs {
			n := int(g[1] - g[0])
			if g[0] == l.a || n <= int(l.b-l.a) || int(l.a)+n > a.sents[l.sent].b || !a.tokensMatch(int(l.a), int(g[0]), n) {
				continue
			}
			if int(l.a)+n > best {
				best = int(l.a) + n
			}
		}
		if best == int(l.b) || toks[l.b].cap {
			continue // (not a run the reader stopped at a lower-case word)
		}
		e := k + 1
		for e < len(a.ments) && a.ments[e].sent == l.sent && int(a.ments[e].a) < best {
			// a mention the title covers in part keeps its tail
			// ("Men" + "Tweed II" is "Men in Tweed II")
			best = max(best, int(a.ments[e].b))
			e++
		}
		la := int(l.a)
		if l.the || l.theOpen {
			la--
		}
		n := len(a.ments)
		typ, strength, head, format := l.typ, l.strength, l.head, l.format
		a.addMention(int(l.sent), la, best, false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.typ, merged.strength, merged.head, merged.format = typ, strength, head, format
		a.ments[k] = merged
		a.ments = append(a.ments[:k+1], a.ments[e:]...)
	}
}

// tokensMatch reports whether the n tokens from i spell the n tokens from
// j, ignoring case.
func (a *article) tokensMatch(i, j, n int) bool {
	for x := 0; x < n; x++ {
		if a.toks[i+x].lower != a.toks[j+x].lower {
			return false
		}
	}
	return true
}

// joinYearTitles merges the mentions of sentence si from index first on
// that a year in brackets shows to be one title: "War" + "for the" +
// "Valley of the Owls" before "(2017)".
func (a *article) joinYearTitles(si, first int) {
	toks := a.toks
	for k := len(a.ments) - 1; k > first; k-- {
		r, l := &a.ments[k], &a.ments[k-1]
		if r.quoted || l.quoted || r.sent != l.sent {
			continue
		}
		e := int(r.b)
		if !(e+2 < a.sents[si].b && toks[e].text == "(" && isYear(toks[e+1].text) && toks[e+2].text == ")") {
			if !r.the && a.cuedSmallWordTitle(si, l, r) {
				a.mergeMentions(si, k) // and the merged mention meets its left neighbour next
			}
			continue
		}
		if r.the {
			continue
		}
		// tokens between l and r: joiners only, at most three
		gap := 0
		ok := true
		start := int(l.b)
		for x := start; x < int(r.a); x++ {
			if toks[x].kind != kWord || toks[x].cap || !titleJoiners[toks[x].lower] {
				ok = false
				break
			}
			gap++
		}
		if !ok || gap == 0 || gap > 3 || l.words > 2 || l.digit || l.colon {
			continue
		}
		if toks[start].lower == "and" {
			continue // two titles in a list
		}
		if a.personBeforeTitle(k-1, l, r) {
			continue // "with Dace on In Harbour (2008)" (title_personhead.go)
		}
		if l.personShaped() && givenFirst(l.text) && (toks[start].lower == "in" || toks[start].lower == "from" || toks[start].lower == "on") {
			continue // "the mortician Walter Bloodgood in Last Departure (2000)": a part in a film
		}
		if p := int(l.a) - 1; p >= 0 && (toks[p].lower == "as" || careerRoleVerbs[toks[p].lower] || namingWords[toks[p].lower]) && (toks[start].lower == "in" || toks[start].lower == "on") {
			continue // "a fence named Leo in Thief (1981)", "as Mara in Dust (2001)": a part in a film
		}
		if toks[start].lower == "in" && a.partBefore(si, int(l.a)-1) {
			continue // "the ferryman Old Tam in Tides (1999)", "he was the Grey Rider in X (1981)": a part in a film
		}
		a.mergeMentions(si, k) // and the merged mention meets its left neighbour next
	}
}

// mergeMentions replaces mentions k-1 and k of sentence si by one mention
// from the first's start (its capitalised "The" included) to the second's
// end.
func (a *article) mergeMentions(si, k int) {
	l, r := &a.ments[k-1], &a.ments[k]
	la, e := int(l.a), int(r.b)
	if l.the {
		la--
	}
	a.addMention(si, la, e, false)
	merged := a.ments[len(a.ments)-1]
	a.ments = a.ments[:len(a.ments)-1]
	a.ments[k-1] = merged
	a.ments = append(a.ments[:k], a.ments[k+1:]...)
}

// partCopulas come before "the" and a part's name ("he was the Grey Rider").
var partCopulas = setOf("was", "is", "as", "played", "plays", "playing", "became")

// partBefore reports whether token p, right before a name of sentence si,
// describes the name as a part someone plays: a lower-case word that is no
// function word and names no production ("the ferryman Old Tam", "a
// wheezing Old Tam"), or "the" after a copula ("he was the Grey Rider").
func (a *article) partBefore(si, p int) bool {
	s := &a.sents[si]
	if p < s.a {
		return false
	}
	t := &a.toks[p]
	if t.kind != kWord || t.cap {
		return false
	}
	if t.lower == "the" {
		return p-1 >= s.a && partCopulas[a.toks[p-1].lower]
	}
	return !commonWords[t.lower] && !tokIn(t, productionNouns3) && !kindNouns[t.lower] && !makingNouns[t.lower] && !titleJoiners[t.lower]
}

// speechStart reports whether token i opens quoted speech inside sentence
// s ("Wexcombe said: 'For Hal and Maureen, yes."): an opening quotation mark
// after a colon or a comma, or a colon, directly before it.
func speechStart(toks []token, s *sentence, i int) bool {
	if i-1 <= s.a {
		return false
	}
	p := &toks[i-1]
	if p.kind == kQuote && p.open {
		q := &toks[i-2]
		return q.text == ":" || q.text == ","
	}
	return false
}

// commonWordTitle reports whether the capitalised common word at token i,
// inside sentence s and not followed by another capitalised word, is a
// one-word title: right after a lower-case production noun ("the horror
// film Together, starring ...") or after an earlier-entry word when the
// article has already named it with a sequel number ("the first Nemo"
// after 'Nemo 2').
func (a *article) commonWordTitle(s *sentence, i int) bool {
	toks := a.toks
	if i <= s.a || toks[i].nl > 0 || i+1 < s.b && toks[i+1].kind == kWord && toks[i+1].cap {
		return false
	}
	p := &toks[i-1]
	if p.kind != kWord || p.cap {
		return false
	}
	if cueJoinNouns[p.lower] && p.lower != "series" && p.lower != "drama" {
		return true
	}
	if !earlierEntryWords[p.lower] {
		return false
	}
	for k := range a.ments {
		m := &a.ments[k]
		if m.b-m.a == 2 && toks[m.a].lower == toks[i].lower && sequelNumeral(&toks[m.b-1]) {
			return true
		}
	}
	return false
}

// demonym reports whether w is a demonym, alone or before a hyphenated
// second part ("english-language", "korean-american").
func demonym(w string) bool {
	if demonyms[w] {
		return true
	}
	h, _, ok := strings.Cut(w, "-")
	return ok && demonyms[h]
}

// canStart reports whether the capitalised token i can start a name.
func (a *article) canStart(s *sentence, i int, sentenceStart bool) bool {
	t := &a.toks[i]
	next := (*token)(nil)
	if i+1 < s.b && a.toks[i+1].nl == 0 {
		next = &a.toks[i+1]
	}
	nextCap := next != nil && next.kind == kWord && next.cap && !tokIn(next, commonWords)
	if tokIn(t, monthKeys) && a.ofTheTitle(s, i) {
		return true // "March of the Lemmings": a title, no date ("March of 2024")
	}
	if tokIn(t, monthKeys) || tokIn(t, weekdays) {
		// "Netflix's Thursday", "Thursday season 3": a title after a
		// possessive or before a season is no date
		// (not "the sequel's July 3 premiere": a date after a possessive)
		return i > s.a && a.toks[i-1].kind == kPoss && !(next != nil && next.kind == kNum && tokIn(t, monthKeys)) || next != nil && (next.lower == "season" || next.lower == "series") &&
			i+2 < s.b && a.tokIn(i+2, seasonNumbers)
	}
	// "Mr. Riddle", "Dr. Harold Lumis"
	if tokIn(t, honorifics) && next != nil && next.text == "." && !next.space && i+2 < s.b && a.toks[i+2].kind == kWord && a.toks[i+2].cap {
		return true
	}
	// "the Last of Us": a capitalised word, then "of"/"&" and a capitalised word
	joined := func(k int) bool {
		return k+1 < s.b && a.toks[k].kind == kWord && a.toks[k].cap && (a.toks[k+1].lower == "of" || a.toks[k+1].text == "&") &&
			k+2 < s.b && a.toks[k+2].kind == kWord && a.toks[k+2].cap && a.toks[k+2].lower != "the"
	}
	if t.lower == "the" {
		if next != nil && tokIn(next, nonNames) && !(i+2 < s.b && a.toks[i+2].nl == 0 && (a.toks[i+2].kind == kWord && a.toks[i+2].cap || a.toks[i+2].kind == kNum)) {
			return false // "The TV movie picks up": a word that names nothing alone
		}
		return nextCap || !sentenceStart && next != nil && next.kind == kWord && next.cap && (i+2 < s.b && a.toks[i+2].kind == kWord && a.toks[i+2].cap || joined(i+1)) ||
			next != nil && next.kind == kWord && next.cap && a.ofTheTitle(s, i+1)
	}
	// "in Beneath the Valley of the Owls", "the Least of Us": a function word
	// written capitalised inside a sentence starts a title
	if tokIn(t, commonWords) && !sentenceStart && i > s.a && !(a.toks[i-1].kind == kQuote && a.toks[i-1].open) && a.toks[i-1].text != ":" && a.toks[i-1].kind != kDash &&
		next != nil && (next.lower == "the" || next.lower == "of") && (i+2 < s.b && a.toks[i+2].kind == kWord && a.toks[i+2].cap && !a.tokIn(i+2, commonWords) || a.ofTheTitle(s, i)) {
		return true
	}
	if tokIn(t, commonWords) && next != nil && articleAfterOpener(a.toks, s, i) &&
		(!sentenceStart && i > s.a && !(a.toks[i-1].kind == kQuote && a.toks[i-1].open) && a.toks[i-1].text != ":" && a.toks[i-1].kind != kDash ||
			sentenceStart && a.metEarlier(s, i, a.extendRun(s, i))) {
		// "about Like a Gull: Harbour", "Once Upon a Lantern": a function
		// word written capitalised before "a" and a capitalised noun inside a
		// sentence starts a title; opening a sentence, when met before
		// (title_articleopener.go)
		return true
	}
	if a.ratingLabel(s, i) {
		return false // "Cert 18.", "Rated PG-13." (title_ratinglabel.go)
	}
	if (t.lower == "top" || t.lower == "no") && next != nil && next.kind == kNum {
		return false // "the weekly Top 10 chart", "No 1": a rank, no name
	}
	if (t.lower == "season" || t.lower == "episode" || t.lower == "episodes" || t.lower == "seasons") && !(i > s.a && a.toks[i-1].text == ":") {
		return false // "Season 2 of X", "Episodes are directed by P": a part of a series, no name
	}
	if tokIn(t, nonNames) && !(nextCap || next != nil && next.kind == kNum) {
		return false
	}
	if tokIn(t, commonWords) {
		if t.lower == "no" && next != nil && next.kind == kNum {
			return false // "the No 1 film": a rank
		}
		if !sentenceStart && a.commonWordTitle(s, i) {
			return true // "A24's horror film Together", "the first Nobody"
		}
		if sentenceStart && (t.lower == "a" || t.lower == "an") && a.articleTitle(s, i) {
			// "A Blockcraft Movie, from ...", "A Silent Room placed fifth"
			return true
		}
		if sentenceStart && t.lower == "studio" && nextCap {
			return true // "Studio Quarry and X produced the series": a company led by its company word
		}
		if sentenceStart && t.lower == "will" && nextCap && a.willOpensName(s, i) {
			// "Will Tanner was Mark.": a sentence that opens with a modal
			// is a question; one ending otherwise opens with the given name
			return true
		}
		if sentenceStart {
			// "Across the Moth-Verse is ...": a subtitle already met in a longer title
			if next != nil && (next.lower == "the" || next.lower == "of") && a.endsEarlierTitle(s, i) {
				return true
			}
			// "Until Nightfall, Screen Gems' adaptation of ...": a title, then an
			// appositive naming a production
			if next != nil && next.kind == kWord && next.cap && !tokIn(next, weekdays) && months[next.lower] == 0 && a.titleAppositive(s, a.extendRun(s, i)) {
				return true
			}
			// "Upside Down 2 opened ...": capitalised words ending in a sequel
			// number, or a title met earlier in the article
			if next != nil && next.kind == kWord && next.cap {
				j := a.extendRun(s, i)
				if j >= i+3 && a.toks[j-1].kind == kNum && !(j < s.b && a.toks[j].lower == "of") && !a.clauseOpenerAt(i) || a.metEarlier(s, i, j) {
					// (not "On Stage 9 of a studio lot": a place the sentence opens in;
					// not "When Orbit 7 premiered": a clause's subject, title_clauseopen.go)
					return true
				}
			}
			return false
		}
		return nextCap || next != nil && (next.kind == kNum || next.kind == kWord && next.cap)
	}
	return true
}

// titleAppositive reports whether token j, the end of a capitalised run
// opening a sentence with a function word, is a comma and an appositive
// naming a production: a company's possessive or an article, then a
// production noun within six tokens ("Until Nightfall, Screen Gems' adaptation
// of the video game, dipped 41%").
func (a *article) titleAppositive(s *sentence, j int) bool {
	toks := a.toks
	if j+2 >= s.b || toks[j].text != "," {
		return false
	}
	k := j + 1
	switch {
	case toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the":
	case toks[k].cap:
		for k < s.b && k < j+5 && toks[k].kind == kWord && toks[k].cap {
			k++
		}
		if k >= s.b || toks[k].kind != kPoss {
			return false
		}
	default:
		return false
	}
	for n := k + 1; n < s.b && n < k+7; n++ {
		if t := &toks[n]; t.kind != kWord || t.cap || t.lower == "a" || t.lower == "an" || t.lower == "the" {
			return false // (not "For P, the deal adds a drama": a clause, no appositive)
		} else if tokIn(t, productionNouns3) || makingNouns[t.lower] {
			return true
		}
	}
	return false
}

// ofTheTitle reports whether the capitalised word at token k (a word such
// as "Lord" or "Lady" that opens no name alone) goes on with "of the" and
// a capitalised word that is no function word: "The Keeper of the Keys".
func (a *article) ofTheTitle(s *sentence, k int) bool {
	toks := a.toks
	return k+3 < s.b && toks[k+1].lower == "of" && toks[k+2].lower == "the" && toks[k+3].kind == kWord && toks[k+3].cap &&
		!commonWords[toks[k+3].lower] && toks[k+1].nl == 0 && toks[k+3].nl == 0
}

// articleTitle reports whether the sentence-opening "A"/"An" at token i
// starts a title: two or more capitalised words that are no function,
// role or job words, followed by a comma or a box-office verb.
func (a *article) articleTitle(s *sentence, i int) bool {
	toks := a.toks
	if i+1 >= s.b || toks[i+1].kind != kWord || !toks[i+1].cap || toks[i+1].nl > 0 {
		return false
	}
	j := a.extendRun(s, i+1)
	if j < i+3 || j >= s.b {
		return false
	}
	for k := i + 1; k < j; k++ {
		w := toks[k].lower
		if toks[k].kind == kWord && (commonWords[w] && !titleJoiners[w] && !filmNouns[w] && !seriesNouns[w] || roleWords[w] || leadNouns[w] || nameTitles[w] || months[w] != 0) {
			return false
		}
	}
	return toks[j].text == "," || boxOfficeVerbs[toks[j].lower]
}

// extendRun returns the end of the capitalised run starting at token i.
func (a *article) extendRun(s *sentence, i int) int {
	toks := a.toks
	capWord := func(k int) bool {
		return k < s.b && toks[k].kind == kWord && toks[k].cap && toks[k].nl == 0 && !tokMonth(&toks[k])
	}
	j := i + 1
	colon := false
	clause := false // a title written as a clause after a comma ("Sweetie, I Swapped the Twins")
	for j < s.b {
		t := &toks[j]
		if t.nl > 0 {
			break
		}
		if t.allCaps && toks[i].allCaps && tokIn(t, newsGenreWords) {
			break // "X & THE Y PANEL RECAP: ...": a rubric after a title in capitals
		}
		if t.text == "The" && !colon && toks[j-1].kind == kWord && capWord(j+1) {
			break // "the classic Western The Valiant Nine": a capitalised "The" inside a run opens another name
		}
		switch {
		case capWord(j):
			j++
			continue
		case j == i+1 && t.kind == kWord && t.cap && tokIn(t, monthKeys) && (len(t.text) > 3 || t.lower == "may") && isGivenName(toks[i].lower) &&
			(j+1 >= s.b || toks[j+1].kind != kNum):
			// "Isobel May": a month name as a surname after a given name
			// (not "June 5")
			j++
			continue
		case t.kind == kNum && len(t.text) <= 3 && toks[j-1].kind == kWord:
			j++
			continue
		case t.kind == kNum && toks[j-1].kind == kWord && toks[j-1].cap && numberInCompany(toks, j):
			// "Vantor 1880 Entertainment", "Halden 2000 Pictures": a
			// number between a name and a company word is the company's
			j++
			continue
		case t.kind == kWord && tokIn(t, particles) && capWord(j+1) && !tokIn(&toks[j+1], commonWords):
			j += 2
			continue
		case t.kind == kWord && !t.cap && toks[j-1].kind == kWord && toks[j-1].cap && !tokIn(&toks[j-1], commonWords) && tokIn(t, romanceJoiners) &&
			(capWord(j+1) && !tokIn(&toks[j+1], commonWords) || j+2 < s.b && toks[j+1].kind == kWord && tokIn(&toks[j+1], romanceJoiners) && capWord(j+2) && !tokIn(&toks[j+2], commonWords)):
			// "Niebla o Tormenta", "Ellos los Valientes", "La Nuit en Bleu",
			// "El Dueño de los Mares": the small words of a Spanish, French
			// or Italian title between its capitalised words
			if capWord(j + 1) {
				j += 2
			} else {
				j += 3
			}
			continue
		case t.kind == kWord && !t.cap && toks[j-1].kind == kWord && toks[j-1].cap && !toks[j-1].allCaps && a.romanceTailEnd(s, j) > j:
			// "Amor de sombras", "Cartas en la arena": the lower-case
			// words of a Spanish, French or Italian title in sentence case
			j = a.romanceTailEnd(s, j)
			continue
		case t.text == ":" && !colon && toks[j-1].kind == kWord && !toks[j-1].allCaps && j+2 < s.b && toks[j+1].kind == kWord && !toks[j+1].cap && a.romanceTailEnd(s, j+1) > j+1:
			// "Amor: la venganza": a subtitle in sentence case
			colon = true
			j = a.romanceTailEnd(s, j+1)
			continue
		case capsPronounEnd(toks, s, i, j):
			// "The Dark Falls on Us": a pronoun written capitalised
			// inside a sentence ends the title it belongs to
			j += 2
			continue
		case t.lower == "of" && j == i+2 && (tokIn(&toks[i], nameTitles) || tokIn(&toks[i], roleWords)) && !tokIn(&toks[i+1], commonWords):
			// "Director Pembury of K.R.O.": a titled name, then the body it serves
		case t.lower == "the" && j == i+1 && toks[i].kind == kWord && !tokIn(&toks[i], commonWords) && !tokIn(&toks[i], nameTitles) && !tokIn(&toks[i], roleWords) &&
			capWord(j+1) && !tokIn(&toks[j+1], commonWords) && i > s.a && (j+2 >= s.b || !capWord(j+2) || toks[j+2].kind == kNum):
			// "Rollo the Hedgehog", "Corvan the Barbarian": a name and its epithet
			j += 2
			continue
		case t.lower == "the" && j == i+2 && i > s.a && toks[i].text == "The" && capWord(i+1) && capWord(j+1) && !tokIn(&toks[j+1], commonWords):
			// "in The Night the Moon Fell Down": a title opened by a capitalised
			// "The" inside a sentence goes on over a lower-case "the"
			j += 2
			continue
		case t.lower == "the" && j == i+2 && tokIn(&toks[i], nameTitles) && toks[i+1].kind == kWord && !tokIn(&toks[i+1], commonWords) &&
			capWord(j+1) && !tokIn(&toks[j+1], commonWords) && (j+2 >= s.b || !capWord(j+2)):
			// "Ser Aldric the Tall", "King Osmund the Lionheart": a titled name and its epithet
			j += 2
			continue
		case t.lower == "of" && capWord(j+1) && (!tokIn(&toks[j+1], commonWords) || !tokIn(&toks[j+1], determiners) && toks[j+1].lower != "a" && toks[j+1].lower != "an") && !a.personOfCompany(s, i, j) && !rankedPersonName(toks, i, j):
			j += 2
			continue
		case t.lower == "of" && j == i+1 && j+2 < s.b && (toks[j+1].text == "a" || toks[j+1].text == "an") && capWord(j+2) && toks[i].kind == kWord &&
			!tokIn(&toks[i], nameTitles) && !tokIn(&toks[i], roleWords) && !tokIn(&toks[i], realOrgWords) && !isGivenName(toks[i].lower):
			// "Ballad of a Lamplighter", "Rise of an Empire": one capitalised word, "of a" and a
			// capitalised word are one title (prose writes a rank's "of a" body in lower case)
			j += 3
			continue
		case t.lower == "the" && toks[j-1].kind == kWord && toks[j-1].cap && tokIn(&toks[j-1], commonWords) && j-1 > i-1 && capWord(j+1) && !tokIn(&toks[j+1], commonWords):
			// "Across the Moth-Verse", "Beneath the Planet"
			j += 2
			continue
		case !t.cap && (t.lower == "a" || t.lower == "an") && (j-1 >= i && articleAfterOpener(toks, s, j-1) || j-2 >= i && toks[j-1].lower == "upon" && articleAfterOpener(toks, s, j-2)):
			// "Like a Gull", "Once Upon a Lantern" (title_articleopener.go)
			j += 2
			continue
		case t.kind == kQuote && t.open && j+3 < s.b && capWord(j+1) && toks[j+2].kind == kQuote && !toks[j+2].open && capWord(j+3):
			// a nickname: Octavian "Lucky" Pembrook
			j += 4
			continue
		case t.lower == "of" && j+2 < s.b && toks[j+1].text != "The" && toks[j+1].lower == "the" && capWord(j+2) && (!tokIn(&toks[j+2], commonWords) || tokIn(&toks[j+2], numberWords) && capWord(j+3) && !tokIn(&toks[j+3], commonWords)) && !hyphenRank(toks[j-1].lower) && !rankedPersonName(toks, i, j):
			// "of the Seven Valleys": a number word opens the name after "of the"
			j += 3
			continue
		case t.text == ":" && !colon && capWord(j+1) && (!tokIn(&toks[j+1], commonWords) || capWord(j+2) || j+2 < s.b && toks[j+2].kind == kNum ||
			j+3 < s.b && (toks[j+2].lower == "the" || toks[j+2].lower == "of") && capWord(j+3) ||
			j+4 < s.b && toks[j+2].lower == "of" && toks[j+3].lower == "the" && capWord(j+4) && !tokIn(&toks[j+4], commonWords)) && !(j == i+1 && (a.surnameMet(toks[i].lower) && !a.colonBaseTitle(i) || tokIn(&toks[i], listLabels))) &&
			!(j+2 < s.b && isGivenName(toks[j+1].lower) && capWord(j+2) && toks[j].space == false && toks[j+1].space && j == i+1) &&
			!nameColonName(toks, i, j, capWord) && !(i == s.a && capsRubric(toks, i, j)):
			// (not "without Brennick: Corinne Vail ...": a surname met before, then a colon;
			// not a rubric in capitals opening a line, "THE CONTENDERS: How P ...")
			colon = true
			j += 2
			continue
		case t.text == ":" && !colon && j+1 < s.b && toks[j+1].kind == kNum && isYear(toks[j+1].text) && j-2 > i && numberedPart(toks, j):
			// "Harrow Street Part One: 1994": a numbered part and a year as its subtitle
			colon = true
			j += 2
			continue
		case t.kind == kDash && t.space && colon && capWord(j+1):
			j += 2
			continue
		case colon && t.kind == kWord && !t.cap && (tokIn(t, subtitleJoiners) || tokIn(t, foreignJoiners)) && capWord(j+1) && !tokIn(&toks[j+1], commonWords) && !tokIn(&toks[j+1], weekdays) && toks[j-1].kind == kWord && toks[j-1].cap &&
			!((t.lower == "with" || t.lower == "or") && personNameAt(toks, s, j+1)):
			// "The Keeper of the Keys: The Hunt for Grimble": a small word inside a subtitle;
			// not "X: Y with Ann Lyle" or "X: Y or Ann Lyle: Z", a person after the title
			j += 2
			continue
		case colon && t.lower == "the" && !t.cap && capWord(j+1) && !tokIn(&toks[j+1], commonWords) && toks[j-1].kind == kWord && toks[j-1].cap && toks[j-2].text == ":":
			// "The Z-Files: Face the Future": a subtitle's verb and its object
			j += 2
			continue
		case colon && t.kind == kWord && !t.cap && (tokIn(t, subtitleJoiners) || t.lower == "on" || t.lower == "in" || t.lower == "at") && j+2 < s.b &&
			toks[j+1].lower == "the" && capWord(j+2) && !tokIn(&toks[j+2], commonWords) && !tokIn(&toks[j+2], weekdays) && !tokIn(&toks[j+2], awardNouns) && toks[j-1].kind == kWord && toks[j-1].cap:
			// "The StarFish Movie: Starfish on the Run": a small word and
			// "the" inside a subtitle (not "X: Y for the Oscar", an award)
			j += 3
			continue
		case t.text == "&" && capWord(j+1):
			j += 2
			continue
		case t.text == "&" && j+2 < s.b && toks[j+1].lower == "the" && capWord(j+2) && (!tokIn(&toks[j+2], commonWords) || tokIn(&toks[j+2], numberWords)):
			// "Robby Fenwick & the Giants", "Kit Lane & the Five"
			j += 3
			continue
		case t.lower == "and" && capWord(j+1) && j > i && (tokIn(&toks[j-1], realOrgWords) || toks[j-1].lower == "film") && (tokIn(&toks[j+1], realOrgWords) || toks[j+1].lower == "film") && !capWord(j+2):
			// "Brontë Film and TV": a company name joined by "and"
			j += 2
			continue
		case tokIn(t, versusWords) && t.kind == kWord && capWord(j+1):
			// "Kraggor x Kong", "Teddy vs. Quillfeather"
			j += 2
			continue
		case tokIn(t, versusWords) && t.kind == kWord && j+2 < s.b && toks[j+1].text == "." && !toks[j+1].space && capWord(j+2):
			j += 3
			continue
		case t.lower == "and" && j+2 < s.b && toks[j+1].text == "the" && capWord(j+2) && !tokIn(&toks[j+2], commonWords) && !colon &&
			toks[i].text == "The" && i > s.a && j > i+1 && !(i > s.a && toks[i-1].kind == kQuote && toks[i-1].open):
			// "in The Hawk and the Winter Sentry": a title opened by a
			// capitalised "The" inside a sentence goes on over "and the"
			j += 3
			for j < s.b && capWord(j) {
				j++
			}
			continue
		case t.lower == "and" && j+2 < s.b && toks[j+1].lower == "the" && capWord(j+2) && !tokIn(&toks[j+2], commonWords) && !capWord(j+3) &&
			j-i >= 2 && i >= s.a+2 && toks[i-1].kind == kPoss && (j+3 >= s.b || toks[j+3].kind != kPoss):
			// "Disney+'s Robby Fenwick and the Giants": after an owner's
			// possessive, "A and the B" is one title
			j += 3
			continue
		case tokIn(t, ownerTitleJoiners) && t.kind == kWord && !colon && j >= i+2 && i >= s.a+2 && toks[i-1].kind == kPoss &&
			(capWord(j+1) && !tokIn(&toks[j+1], commonWords) || j+2 < s.b && toks[j+1].lower == "the" && capWord(j+2) && !tokIn(&toks[j+2], commonWords)) &&
			!tokIn(&toks[j+1], holidayWords) && !tokIn(&toks[min(j+2, s.b-1)], holidayWords):
			// "Sony's Take Me to the Sea": after an owner's possessive, two
			// capitalised words and a small word go on into one title
			j += 2
			if toks[j-1].lower == "the" {
				j++
			}
			continue
		case t.lower == "and" && j+2 < s.b && toks[j+1].lower == "the" && capWord(j+2) && !tokIn(&toks[j+2], commonWords) && ofTitleAhead(toks, s, j+2):
			// "Montana Jenks and the Clock of Fortune": "A and the B of C" is one title
			j += 3
			continue
		case !colon && t.kind == kWord && !t.cap && tokIn(t, kindTitleJoiners) && a.kindTitleJoin(s, i, j, capWord) > j:
			// "the family comedy Dancing with Embers": a kind noun announces
			// one title over its small word (title_kindjoin.go)
			j = a.kindTitleJoin(s, i, j, capWord)
			continue
		case t.lower == "and" && colon && capWord(j+1) && !tokIn(&toks[j+1], commonWords) && j+1 < s.b && afterColonCaps(toks, i, j) <= 2 &&
			!(j+2 < s.b && capWord(j+2)) && !numberedPart(toks, j):
			// "Avalon: Fire and Frost": a short subtitle of two capitalised
			// words joined by "and" ("X: A and B C" stays a list)
			j += 2
			continue
		case t.text == "." && !t.space && (toks[j-1].lower == "vol" || toks[j-1].lower == "pt") && j+1 < s.b && toks[j+1].kind == kNum && len(toks[j+1].text) <= 2:
			// "Wardens of the Quasar Vol. 3"
			j += 2
			continue
		case t.text == "." && numberNoTitle(toks, s, i, j):
			j += 2 // "Kestrel No. 9": a number goes on the name (title_numberno.go)
			continue
		case t.text == "." && !t.space && (len(toks[j-1].text) == 1 && toks[j-1].cap || tokIn(&toks[j-1], abbreviations) && !tokIn(&toks[j-1], nameSuffixes)) && capWord(j+1):
			// (not after "Jr.": a suffix ends the name)
			j++
			continue
		case t.kind == kPoss && j+1 < s.b && toks[j-1].kind == kWord && toks[j-1].cap && !tokIn(&toks[j-1], realOrgWords) &&
			((toks[i].lower == "the" || colon && j >= i+3 && toks[j-2].lower == "the" && toks[j-3].text == ":") && j > i+1 && capWord(j+1) && !tokIn(&toks[j+1], commonWords) && !capWord(j+2) && (j+2 >= s.b || toks[j+2].kind != kPoss) ||
				possNumberTitle(toks, s, j+1)):
			// "The Reeve's Ring", "The Tinker's Purse": "The", a name's
			// possessive and one more word are one title; "Marlow's Twelve",
			// "Harbour's 8": a possessive and a number
			j += 2
			continue
		case t.text == "," && !colon && !clause && toks[j-1].kind == kWord && toks[j-1].cap && j+2 < s.b && clausePronouns[toks[j+1].text] &&
			toks[j+2].kind == kWord && toks[j+2].cap && toks[j+2].nl == 0 && toks[j+2].space && !isGivenName(toks[j+2].lower):
			// "Sweetie, I Swapped the Twins", "Poison, She Said": a pronoun
			// after a comma with a capitalised verb after it goes on in
			// title case; prose writes the verb in lower case
			clause = true
			j += 3
			continue
		case clause && (t.lower == "the" || t.lower == "a") && !t.cap && capWord(j+1):
			j += 2
			continue
		case t.text == "," && (j == i+1 && i > s.a || j == i+2) && toks[j-2].text == "The" && j+5 < s.b && toks[j+1].text == "the" && capWord(j+2) &&
			toks[j+3].lower == "and" && toks[j+4].text == "the" && capWord(j+5):
			// "The Fox, the Crone and the Cupboard": "The"
			// and three nouns with "the" are one title
			j += 6
			continue
		case t.lower == "to" && t.kind == kWord && i > s.a && toTheTitle(toks, s, i) && toTheEnd(toks, s, i) == j:
			// "Back to the Harbour", "No Time to Mourn": a capitalised
			// common word inside a sentence opens a title
			if toks[j+1].lower == "the" {
				j++
			}
			j += 2
			continue
		case colon && t.lower == "to" && j+2 < s.b && toks[j+1].lower == "the" && capWord(j+2) && toks[j-1].kind == kWord && toks[j-1].cap:
			// "Tumbala: Welcome to the Swamp"
			j += 3
			continue
		case colon && t.lower == "and" && j+2 < s.b && toks[j+1].text == "the" && capWord(j+2) && !tokIn(&toks[j+2], commonWords) && !capWord(j+3) &&
			toks[j-1].kind == kWord && toks[j-1].cap && afterColonCaps(toks, i, j) <= 2:
			// "X: The Crown and the Sceptre": a short subtitle of two nouns
			// joined by "and the"
			j += 3
			continue
		case t.lower == "of" && t.kind == kWord && j+1 < s.b && toks[j+1].kind == kNum && elidedYear(toks[j+1].text) && toks[j+1].nl == 0 &&
			toks[j-1].kind == kWord && toks[j-1].cap && j > i:
			// "X: Class of '88": a capitalised noun, "of" and an elided year
			j += 2
			continue
		case t.kind == kNum && farYear(t.text) && j >= i+2 && toks[j-1].kind == kWord && toks[j-1].cap && !capWord(j+1):
			// "Star Courier 2077": a year no news is dated with ends a
			// title of two capitalised words or more
			j++
			continue
		case t.kind == kNum && yearTailTitle(toks, s, i, j):
			// "Harbour Lights 1988", "Runway 1975": a year that ends a title
			// (title_yeartail.go)
			j++
			continue
		case t.text == "/" && !t.space && capWord(j+1) && !toks[j+1].space && toks[j-1].kind == kWord && toks[j-1].cap && !slashCompanies(toks, j):
			// "Snip/Sew": two capitalised words joined by a slash
			j += 2
			continue
		case (t.text == "+" || t.text == "*") && !t.space:
			// "Disney+", "Stormbolts*"
			j++
			continue
		case questionMarkInTitle(toks, s, i, j):
			// "Where Do We Go Now? (2011)", "Why Did I Get Married?, a
			// comedy": a title written as a question keeps its mark
			j++
		case t.text == "!" && !t.space && toks[j-1].kind == kWord && toks[j-1].cap && (j+1 >= s.b || toks[j+1].nl > 0 || toks[j+1].kind == kPunct && toks[j+1].text != "!" && toks[j+1].text != "?" ||
			toks[j+1].kind == kWord && (!toks[j+1].cap || bangInTitle(toks, j)) || toks[j+1].kind == kDash):
			// "Hush Hush!, from ...", "Gnomes: The Band Plays On! and",
			// "Mamma Lu! Here We Sing Again": the mark is the title's, and
			// ends it unless capitalised words go on
			j++
			if capWord(j) {
				continue
			}
		}
		break
	}
	// drop trailing function words and separators
	for j > i+1 && (toks[j-1].kind != kWord && toks[j-1].kind != kNum && toks[j-1].text != "+" && toks[j-1].text != "*" && toks[j-1].text != "!" && toks[j-1].text != "?" ||
		tokIn(&toks[j-1], titleFunctionWords) && toks[j-1].kind == kWord && !((colon || capsParticleEnd(toks, s, i, j)) && toks[j-1].cap && tokIn(&toks[j-1], endParticles) && toks[j-2].kind == kWord && toks[j-2].cap)) {
		j--
	}
	// "Warner Bros.", "Acme Inc.": the abbreviation's full stop; "Frank
	// Dremmer Jr.", "Dirk G.": a suffix's or an initial's, after a name
	if j < s.b && toks[j].text == "." && !toks[j].space && toks[j-1].kind == kWord && (tokIn(&toks[j-1], companyAbbrevs) ||
		j-1 > i && (tokIn(&toks[j-1], nameSuffixes) && toks[j-1].lower != "ii" && toks[j-1].lower != "iii" && toks[j-1].lower != "iv" || len(toks[j-1].text) == 1 && toks[j-1].cap)) {
		j++
	}
	return j
}

// clausePronouns, capitalised after a comma and before a capitalised
// verb, go on a title written as a clause ("Poison, She Said").
var clausePronouns = setOf("I", "She", "He", "We", "You", "They", "Where", "What")

// numberedPartNouns open a numbered subtitle ("Part Two", "Chapter 3").
var numberedPartNouns = setOf("part", "chapter", "volume", "book")

// numberedPart reports whether the two tokens before j are a part noun
// and its number ("Drift: Part Two and ..."): such a subtitle is whole,
// and "and" after it starts another name.
func numberedPart(toks []token, j int) bool {
	if j < 2 || !numberedPartNouns[toks[j-2].lower] {
		return false
	}
	t := &toks[j-1]
	return t.kind == kNum || titleNumbers[t.lower] || romanNumerals[t.lower]
}

// capsParticleEnd reports whether the run [i, j), which starts inside its
// sentence with two capitalised words or more before its last, ends in a
// capitalised small word followed by punctuation or the end of the
// sentence ("working title The Band Must Play On, would"): only a title
// writes the word so mid-sentence.
func capsParticleEnd(toks []token, s *sentence, i, j int) bool {
	return i > s.a && j-i >= 3 && (j >= s.b || toks[j].kind == kPunct)
}

// endParticles are the small words a subtitle may end with when written
// capitalised ("Step Out: All In", "X: Hang On", "X: A Town to Die For").
var endParticles = setOf("in", "on", "for", "with", "to", "from", "about")

// elidedYear reports whether a number token is a year cut to its last two
// digits after an apostrophe ("'62").
func elidedYear(w string) bool {
	return len(w) == 3 && (w[0] == '\'' || w[0] == '`')
}

// farYear reports whether w is four digits naming a year far from any
// article's date (before 1880 or after 2030): in a run of capitalised words
// it belongs to a title, where a near year may date an event ("Awards 2024").
func farYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	n := 0
	for k := 0; k < 4; k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
		n = n*10 + int(w[k]-'0')
	}
	return n >= 1000 && (n < 1880 || n > 2030)
}

// possNumberTitle reports whether token k, after a possessive, is a
// capitalised number word or a one- or two-digit number ending the run
// ("Marlow's Eleven", "Marlow's 8"): a title, not an owner and its film.
func possNumberTitle(toks []token, s *sentence, k int) bool {
	t := &toks[k]
	if t.nl > 0 {
		return false
	}
	ok := t.kind == kWord && t.cap && titleNumbers[t.lower] || t.kind == kNum && len(t.text) <= 2 && t.text[0] >= '0' && t.text[0] <= '9' ||
		t.kind == kNum && elidedYear(t.text)
	if ok && k+1 < s.b && toks[k+1].text == "-" && !toks[k+1].space {
		return false // "GKIDS' 17-year history": a compound, no title
	}
	return ok && (k+1 >= s.b || !(toks[k+1].kind == kWord && toks[k+1].cap))
}

// titleNumbers are the number words a possessive title ends with.
var titleNumbers = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")

// rankedPersonName reports whether the capitalised run [i, j) is a
// personal name of two or three words, maybe after a rank, with a given
// name first or after the rank ("Deputy Fred Hollins", "Bette Parsons"):
// "of" after it names the body or place the person belongs to ("Deputy
// Fred Hollins of the Ashbury Sheriff's Department"), not more of
// the name.
func rankedPersonName(toks []token, i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].kind != kWord || !toks[k].cap {
			return false
		}
	}
	return isGivenName(toks[i].lower) && j-i <= 3 || j-i >= 3 && isGivenName(toks[i+1].lower) && !isGivenName(toks[i].lower) ||
		rankedRunName(toks, i, j)
}

// personOfCompany reports whether the run [i, j) before "of" at j is a
// two- or three-word personal name and the capitalised run after "of" ends
// in a company word ("Maud Fenner-Hale of Wren Lane Film and TV", "Dennis
// Holman of Highnoon Films"): a person and the company they work for, not
// one name.
func (a *article) personOfCompany(s *sentence, i, j int) bool {
	toks := a.toks
	if j-i < 2 || j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].kind != kWord || !toks[k].cap || commonWords[toks[k].lower] || nameTitles[toks[k].lower] || roleWords[toks[k].lower] {
			return false
		}
	}
	k := j + 1
	for k < s.b && toks[k].kind == kWord && toks[k].cap && toks[k].nl == 0 {
		k++
	}
	last := toks[k-1].lower
	if k > j+1 && (realOrgWords[last] || last == "film") {
		return true
	}
	// "Dan Lam of Rideaway": a given name opens the run, one or two
	// capitalised words follow "of", and the sentence goes on after them
	// with a comma, "and" or its end (a producer's credit, not "John of
	// the Dead" or a title)
	return k > j+1 && k-j-1 <= 2 && isGivenName(toks[i].lower) && (k >= s.b || toks[k].text == "," || toks[k].lower == "and" || toks[k].text == ".")
}

// listLabels open a credits list before a colon ("Cast: A (C), B (D)").
var listLabels = setOf("cast", "starring", "stars", "director", "directors", "writer", "writers", "producer", "producers",
	"voices", "crew", "music", "credits", "featuring", "with", "screenplay", "editor", "cinematographer", "composer")

// surnameMet reports whether an earlier mention of the article is a
// personal name of two or three words ending in the folded word w.
func (a *article) surnameMet(w string) bool {
	lo := max(len(a.ments)-400, 0)
	for k := len(a.ments) - 1; k >= lo; k-- {
		m := &a.ments[k]
		if m.words >= 2 && m.words <= 3 && !m.quoted && !m.colon && !m.titleWords && hasSuffixAfter(m.key, " ", w) && (m.typ == "" || m.typ == kg.Person) {
			return true
		}
	}
	return false
}

// hyphenRank reports whether a hyphenated word names a rank in the making
// ("mother-in-training"): "X-in-training of the O" is a member of O, not
// one name.
func hyphenRank(w string) bool {
	return strings.Contains(w, "-") && (strings.HasSuffix(w, "-in-training") || strings.HasSuffix(w, "-in-chief") || strings.HasSuffix(w, "-in-waiting"))
}

// versusWords join two capitalised names into one title.
var versusWords = setOf("x", "vs", "versus", "v")

// ofTitleAhead reports whether the capitalised run from token k goes on
// with "of" and another capitalised word ("Clock of Fortune", "Temple of
// the Silver Idol").
func ofTitleAhead(toks []token, s *sentence, k int) bool {
	for k < s.b && toks[k].kind == kWord && toks[k].cap && toks[k].nl == 0 {
		k++
	}
	if k+1 >= s.b || toks[k].lower != "of" {
		return false
	}
	if toks[k+1].lower == "the" {
		k++
	}
	return k+1 < s.b && toks[k+1].kind == kWord && toks[k+1].cap
}

// afterColonCaps counts the word tokens between the colon of the run
// [i, j) and j.
func afterColonCaps(toks []token, i, j int) int {
	n := 0
	for k := j - 1; k > i; k-- {
		if toks[k].text == ":" {
			return n
		}
		if toks[k].kind == kWord {
			n++
		}
	}
	return n
}

// quotedTitle reads a quoted title starting at the opening quote i. It
// returns the index after the closing quote and whether a title was found.
func (a *article) quotedTitle(si, i int) (int, bool) {
	toks := a.toks
	s := &a.sents[si]
	j := i + 1
	words := 0
	lower := 0 // lower-case words of a Romance title in sentence case ("'Amor de sombras'")
	for j < s.b && j-i <= 16 {
		t := &toks[j]
		if t.kind == kQuote && !t.open {
			break
		}
		if t.kind == kQuote && t.open {
			return i + 1, false
		}
		if t.kind == kWord {
			words++
			if !t.cap && !titleFunctionWords[t.lower] {
				if !romanceTailJoiners[t.lower] && !elided(t) && !foreignWord(t) {
					return i + 1, false
				}
				lower++
			}
		} else if t.kind == kNum && si == 0 {
			words++ // a headline's number title: "'1917' Returns"
		}
		j++
	}
	if j >= s.b || toks[j].kind != kQuote || words == 0 || words > 10 || lower > 0 && (words > 8 || !a.romanceQuote(i+1, j)) {
		return i + 1, false
	}
	end := j
	for end > i+1 && toks[end-1].kind == kPunct && strings.Contains(",.!?;:", toks[end-1].text) {
		end--
	}
	if end <= i+1 || toks[i+1].kind != kWord && toks[i+1].kind != kNum || !toks[i+1].cap && toks[i+1].kind == kWord {
		return i + 1, false
	}
	a.addMention(si, i+1, end, true)
	return j + 1, true
}

// unitNouns are the nouns a number after them makes a numbered place or
// unit, not a sequel title ("Stage 9 of a studio lot", "Unit 631"):
// "district" and "station" are left out ("District 14", "Station 31").
var unitNouns = setOf("stage", "unit", "room", "floor", "building", "gate", "platform", "hangar", "terminal", "sector",
	"level", "ward", "cell", "block", "lot", "precinct", "route", "highway", "interstate", "apartment", "suite", "pier",
	"dock", "bay", "lane", "track", "camp", "bunker", "lab", "laboratory", "wing", "zone", "quadrant", "flight", "exit")

// addMention records tokens [i, j) of sentence si as a mention.
func (a *article) addMention(si, i, j int, quoted bool) {
	toks := a.toks
	m := mention{sent: int32(si), start: toks[i].start, end: toks[j-1].end, quoted: quoted, ent: -1}
	s := &a.sents[si]
	theAtStart := false
	if toks[i].lower == "the" && j-i > 1 {
		m.the = toks[i].cap && (i > s.a || quoted)
		theAtStart = toks[i].cap && !m.the
		i++
	}
	m.theOpen = theAtStart
	m.a, m.b = int32(i), int32(j)
	caps := true
	for k := i; k < j; k++ {
		t := &toks[k]
		switch t.kind {
		case kWord:
			m.words++
			if !t.allCaps && len([]rune(t.text)) > 1 {
				caps = false
			}
		case kNum:
			m.digit = true
		case kPunct:
			if t.text == ":" {
				m.colon = true
			}
			if t.text == "&" {
				m.titleWords = true
			}
		}
		if t.kind == kWord && k > i && !t.cap && (t.lower == "the" || t.lower == "for" || t.lower == "and" || t.lower == "a" || t.lower == "an" || versusWords[t.lower] || romanceTitleWords[t.lower] ||
			elided(t) || !particles[t.lower] && !romanceJoiners[t.lower] && foreignWord(t)) {
			// (a lower-case word no lexicon holds: "Amor de sombras")
			m.titleWords = true
		}
	}
	m.allCaps = caps && m.words > 0
	if m.digit && j-i == 2 && !quoted && !m.the && (unitNouns[toks[i].lower] || toks[i].kind == kNum && isOrdinalNum(toks[i].lower) && realOrgWords[toks[j-1].lower]) {
		// "Stage 9", "Unit 631": a numbered place or unit, no sequel;
		// "20th Television": a company
		m.digit = false
	}
	if f := &toks[i]; f.kind == kWord && f.allCaps && !strings.Contains(f.text, ".") && len(f.text) >= 2 && j-i > 1 {
		m.acronymLead = true
	}
	if theAtStart && (m.colon || m.titleWords && toks[i+1].text == ",") {
		// "The Famine Trials: The Ballad of ..." or "The Fox, the Crone
		// and the Cupboard" opening a sentence keeps its "The"
		m.the = true
	}
	m.text, m.key = mentionTextKeyIn(a.text[toks[i].start:toks[j-1].end], &a.textArena)
	m.country = m.words == 1 && j-i == 1 && !quoted && countries[m.key]
	m.placeIn = !quoted && !m.the && a.placeAfterPreposition(s, i, m.key)
	if j-i >= 2 && foreignOpener(toks, i) && !a.placeOrCompany(i, j) {
		m.foreignThe, m.titleWords = true, true
	}
	a.ments = append(a.ments, m)
}

// nameKey is the comparison key of a surface form: folded, without a
// leading article.
func nameKey(s string) string {
	return strings.TrimPrefix(foldKey(s), "the ")
}

// foldKey is kg.Fold with a fast path for ASCII text (same result).
func foldKey(s string) string {
	lower, clean := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return kg.Fold(s)
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
		if c == '`' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') || c < ' ' || c == 0x7f {
			clean = false
		}
	}
	if lower && clean {
		return s
	}
	return string(appendFoldASCII(make([]byte, 0, len(s)), s))
}

// appendFoldASCII appends the ASCII text s to b folded as kg.Fold folds
// it: lower case, runs of white space one space (none at the ends), a
// backquote an apostrophe. The caller has checked that s is ASCII.
func appendFoldASCII(b []byte, s string) []byte {
	n0 := len(b)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '`':
			c = '\''
		}
		if space && len(b) > n0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return b
}

// bodyMentions yields, in order, each sentence that is not a title-case
// line (a headline or heading) with the index of each mention in it.
//
// It walks the mentions once, keeping the sentence it is at: a mention of
// a later sentence moves it there, one of an earlier sentence (appended
// out of order) is passed over, and a mention past the last sentence ends
// the walk. This is the merge of sentences and mentions it replaces (one
// walk over the sentences, two over the mentions), without the sentences
// that hold no mention.
func (a *article) bodyMentions() iter.Seq2[*sentence, int] {
	return func(yield func(*sentence, int) bool) {
		si := 0
		for k := 0; k < len(a.ments); k++ {
			ms := int(a.ments[k].sent)
			if ms < si {
				continue
			}
			if ms >= len(a.sents) {
				return
			}
			si = ms
			s := &a.sents[si]
			if s.titleCase {
				continue
			}
			if !yield(s, k) {
				return
			}
		}
	}
}
