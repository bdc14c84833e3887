package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// calendarNameLeads stand before a month or weekday that opens a name
// ("as June Ambry", "voices Wednesday Penwarden", "the daughter of April
// O'Malley"): after them the word is a given name, not a date.
var calendarNameLeads = setOf("as", "plays", "play", "played", "playing", "voices", "voiced", "voice", "of", "named",
	"called", "and", "opposite", "like")

// joinCalendarGivenNames puts back the month or weekday a name opens with
// ("June Ambry", "Wednesday Penwarden", "April O'Malley"), which the mention
// finder leaves out as a date word, when the word is capitalised inside
// the sentence, stands right before a one- or two-word name no cue typed
// other than as a person or a character, follows a calendarNameLeads word
// and no number follows the name ("as May 5" is a date). It returns
// nothing; the mentions change in place. It first puts back a family
// name spelt like an English word before a hyphenated given name
// (joinHyphenFamilyNames).
func (a *article) joinCalendarGivenNames() {
	a.joinHyphenFamilyNames()
	for k := range a.ments {
		m := &a.ments[k]
		s := &a.sents[m.sent]
		d := int(m.a) - 1
		if m.the || m.quoted || m.words > 2 || d-1 <= s.a || s.titleCase || m.typ != "" && !pcType(m.typ) {
			continue
		}
		w := &a.toks[d]
		if w.kind != kWord || !w.cap || months[w.lower] == 0 && !weekdays[w.lower] || len(w.text) < 3 || w.end+1 != a.toks[m.a].start {
			continue
		}
		if !calendarNameLeads[a.toks[d-1].lower] && a.toks[d-1].text != "," {
			continue
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kNum {
			continue
		}
		typ, strength := m.typ, m.strength
		a.rementionAt(k, int(m.sent), d, int(m.b), typ, strength)
	}
	a.addCastCalendarParts()
}

// loneNonNames are the words the mention finder never starts a name of
// one word with: months, weekdays and nonNames.
var loneNonNames = func() map[string]bool {
	set := map[string]bool{}
	for w := range months {
		set[w] = true
	}
	for w := range weekdays {
		set[w] = true
	}
	for w := range nonNames {
		set[w] = true
	}
	return set
}()

// castPartVerbs stand right before a part a cast credit names ("P plays
// C", "P voiced C").
var castPartVerbs = setOf("plays", "played", "playing", "play", "voices", "voiced", "voicing", "portrays", "portrayed",
	"portraying")

// castPartFollowers are the words that may follow a lone part a cast
// credit names ("P starred as C and directed", "P as C in F").
var castPartFollowers = setOf("and", "or", "in", "on", "opposite", "for", "alongside", "with")

// castAsLeads stand before the "as" of a cast credit ("P is back as C",
// "P has joined as C", "P, who starred as C").
var castAsLeads = setOf("back", "returns", "return", "returning", "returned", "joined", "joins", "join", "joining",
	"starred", "stars", "star", "starring", "co-stars", "co-starred", "cast", "appears", "appeared", "appear",
	"appearing", "reprises", "reprised", "reprise", "reprising", "recast", "credited", "billed", "turn")

// addCastCalendarParts makes a mention of a lone capitalised month,
// weekday or word that names nothing alone ("Mom", "Emmy"), which the
// mention finder leaves out, when a cast credit governs it: a play verb
// right before it ("P plays Jan"), or an "as" after a cast word or a name
// ("P is back as Mom", "P as May"), with at most a comma and a few
// describing words or an owner's possessive between ("P has joined as the
// heroine's teenage daughter Emmy", "P is back as his wife, Jan"). No
// determiner may stand before it and only punctuation or a few linking
// words after it (not a date: "as May 5"; not a longer name, which
// joinCalendarGivenNames reads; not a title: "as the Monday the 13th
// prequel"). The new mention is typed a character.
func (a *article) addCastCalendarParts() {
	toks := a.toks
	mi, n := 0, len(a.ments)
	var added bool
	si := 0
	for _, c := range a.cueTokens() { // (the tokens in loneNonNames among them, in order)
		i := int(c)
		t := &toks[i]
		if !t.cap || t.kind != kWord || t.allCaps || len(t.text) < 3 || t.nl > 0 || !tokIn(t, loneNonNames) {
			continue
		}
		if si = a.sentenceOf(si, i); si == len(a.sents) {
			break
		}
		s := &a.sents[si]
		if s.titleCase || i < s.a+2 {
			continue // (a heading, or one of the first two words of a sentence)
		}
		if i+1 < s.b && (toks[i+1].kind == kNum || toks[i+1].kind == kPoss || toks[i+1].kind == kWord && !tokIn(&toks[i+1], castPartFollowers)) {
			continue // "as May 5", "as June Ambry", "as the Monday the 13th prequel"
		}
		if d := toks[i-1].lower; d == "the" || d == "a" || d == "an" {
			continue
		}
		if !a.castGoverns(s, i) {
			continue
		}
		for mi < n && (a.ments[mi].sent < int32(si) || a.ments[mi].sent == int32(si) && a.ments[mi].b <= int32(i)) {
			mi++
		}
		if mi < n && a.ments[mi].sent == int32(si) && a.ments[mi].a <= int32(i) {
			continue // inside a name found already
		}
		a.addMention(si, i, i+1, false)
		a.ments[len(a.ments)-1].setType(kg.Character, 2)
		added = true
	}
	if added {
		a.sortMentions()
	}
}

// castGoverns reports whether a cast credit governs the word at i (see
// addCastCalendarParts).
func (a *article) castGoverns(s *sentence, i int) bool {
	toks := a.toks
	k := i - 1
	if toks[k].text == "," {
		k--
	}
	for stop := k - 4; k > s.a && k > stop; k-- {
		t := &toks[k]
		if t.kind == kWord && !t.cap && (t.lower == "as" || castPartVerbs[t.lower]) {
			break
		}
		if !(t.kind == kWord && !t.cap || t.kind == kPoss || t.kind == kWord && t.cap && toks[k+1].kind == kPoss) {
			return false
		}
	}
	if k <= s.a {
		return false
	}
	if castPartVerbs[toks[k].lower] {
		return true
	}
	if toks[k].lower != "as" {
		return false
	}
	p := &toks[k-1]
	return p.kind == kWord && (castAsLeads[p.lower] || p.cap && k-1 > s.a)
}
