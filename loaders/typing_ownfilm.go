package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownFilmVerbs are what an article's own production does as the subject
// of a body sentence: it comes out, comes back or has an anniversary
// ("X opened in 1983", "When X premiered ...", "X is heading back to the
// big screen", "X turns 40", "X is streaming on ...").
var ownFilmVerbs = setOf("opened", "opens", "premiered", "premieres", "debuted", "debuts", "bowed", "bows",
	"arrived", "arrives", "streaming", "streams", "grossed", "heading", "heads", "turns", "turned", "plays")

// ownFilmLeads may open the clause an own production is the subject of
// ("When X opened in February 2009").
var ownFilmLeads = setOf("when", "after", "since", "before", "until", "once", "as", "while")

// reissueVerbs take an own production as object before "back" ("will
// bring X back to theaters").
var reissueVerbs = setOf("bring", "brings", "bringing", "brought")

// ownFilmDeterminers after a release verb make it transitive: the subject
// releases something ("C opened the film in ...", "C is streaming its
// ...").
var ownFilmDeterminers = setOf("the", "a", "an", "its", "his", "her", "their", "all")

// typeOwnFilm types as a film, before the patterns run, the title an
// article is about: a name that heads the article (the headline line of
// its own holds it, quoted or not; or the first body sentence is the
// one that makes it so) and that a body sentence makes the subject of a release or
// anniversary predicate (ownRelease) or the object of a reissue ("bring X
// back"). Every mention of the name is typed, stronger than a given-name
// or company cue, so that a title that is also a heroine's first name or
// reads as a company stays the production. Personal names led by a given
// name and names typed a person are left alone.
func (a *article) typeOwnFilm() {
	if len(a.sents) < 2 {
		return
	}
	body := 1
	if a.toks[a.sents[1].a].nl == 0 {
		body = 0 // no headline line of its own
	}
	key := ""
	for mi := range a.ments {
		m := &a.ments[mi]
		si := int(m.sent)
		if si < body || m.key == "" || m.words > 6 || m.typ == kg.Person || !a.ownRelease(mi) && !a.reissued(mi) {
			continue
		}
		if m.personShaped() && givenFirst(m.text) {
			continue
		}
		if !(si == body || body == 1 && a.headlineHolds(mi)) {
			continue
		}
		if key != "" && key != m.key {
			return // two such names: no one title
		}
		key = m.key
	}
	if key == "" {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.key == key && m.typ == kg.Person && m.strength >= 2 {
			return // a person elsewhere
		}
	}
	named := a.firstOfLongerName(key)
	for mi := range a.ments {
		if m := &a.ments[mi]; m.key == key && (!named || a.titleUse(mi)) && !a.beforeFranchiseNoun(m) {
			m.setType(kg.Film, 3)
		}
	}
}

// seriesOnlyNouns after a name make it the series, never one film ("the
// X franchise", "the X universe", "the X saga").
var seriesOnlyNouns = setOf("franchise", "universe", "saga", "multiverse")

// beforeFranchiseNoun reports whether mention m is followed (past a
// closing quote) by a noun only a series takes ("the X franchise", "the
// 'X' universe"): that mention names the franchise, not the film of the
// same name.
func (a *article) beforeFranchiseNoun(m *mention) bool {
	e := int(m.b)
	if e < a.sents[m.sent].b && a.toks[e].kind == kQuote {
		e++
	}
	return e < a.sents[m.sent].b && a.toks[e].kind == kWord && !a.toks[e].cap && tokIn(&a.toks[e], seriesOnlyNouns)
}

// titleOnly are the words before a name that make it the production, not
// a being of the same name ("a lead animator on X", "not long after X").
var titleOnly = setOf("on", "after", "since", "before", "like", "than")

// firstOfLongerName reports whether one-word key opens a longer personal
// name the article writes ("Ada" and "Ada Quill"): the title is also a
// being's first name.
func (a *article) firstOfLongerName(key string) bool {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words >= 2 && len(m.key) > len(key) && m.key[len(key)] == ' ' && m.key[:len(key)] == key && m.personShaped() {
			return true
		}
	}
	return false
}

// titleUse reports whether mention mi of a title that is also a being's
// first name reads as the production: the headline's, a release subject or
// reissue object, an appositive describing a production ("X, a prequel
// set ..."), or the object of a time or comparison word ("after X", "on
// X"), not followed by a possessive.
func (a *article) titleUse(mi int) bool {
	m := &a.ments[mi]
	if m.sent == 0 || a.ownRelease(mi) || a.reissued(mi) || a.describedProduction(mi) {
		return true
	}
	s := &a.sents[m.sent]
	p := int(m.a) - 1
	return p >= s.a && titleOnly[a.toks[p].lower] && (int(m.b) >= s.b || a.toks[m.b].kind != kPoss)
}

// ownRelease reports whether mention mi opens its sentence, or a clause
// led by "When", "After" ..., and is followed, past at most three
// auxiliaries, by an own-film verb used intransitively ("X opened on Nov.
// 18", "When X premiered", "X is heading back ...", "X turns 40", "X plays
// in theaters").
func (a *article) ownRelease(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	first := int(m.a)
	if m.the || m.theOpen {
		first--
	}
	if first != s.a && !(first == s.a+1 && tokIn(&a.toks[s.a], ownFilmLeads)) {
		return false
	}
	k := int(m.b)
	for k < s.b && k < int(m.b)+3 && tokIn(&a.toks[k], releaseAux) {
		k++
	}
	if k+1 >= s.b || !tokIn(&a.toks[k], ownFilmVerbs) {
		return false
	}
	next := &a.toks[k+1]
	switch a.toks[k].lower {
	case "turns", "turned":
		return next.kind == kNum
	case "heading", "heads":
		return next.lower == "back"
	case "plays":
		return next.lower == "in" || next.lower == "on"
	}
	return !tokIn(next, ownFilmDeterminers)
}

// reissued reports whether mention mi is the object of a reissue verb and
// followed by "back" ("will bring X back to theaters").
func (a *article) reissued(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	p := int(m.a) - 1
	if m.the {
		p--
	}
	return int(m.b) < s.b && a.toks[m.b].lower == "back" && p >= s.a && reissueVerbs[a.toks[p].lower]
}

// headlineHolds reports whether the headline line (sentence 0) holds the
// words of mention mi in a row.
func (a *article) headlineHolds(mi int) bool {
	m := &a.ments[mi]
	h := &a.sents[0]
	n := int(m.b - m.a)
	for k := h.a; k+n <= h.b; k++ {
		j := 0
		for j < n && a.toks[k+j].lower == a.toks[int(m.a)+j].lower {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}
