package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// topicPredicates are what a production does as the subject of a
// paragraph's opening sentence ("F opened ...", "F premieres on ...",
// "F stars P").
var topicPredicates = setOf("opened", "opens", "grossed", "premiered", "premieres", "streams", "streamed", "stars",
	"starred", "debuted", "debuts", "airs", "aired", "slipped")

// topicCopulas open a describing predicate ("F is a period drama").
var topicCopulas = setOf("is", "was", "remains")

// typeTopicFilms types as films, before the patterns run, the untyped
// names of one to three words that are the topic of a paragraph or an
// interview question: the subject opening a paragraph's first sentence
// with a production's predicate ("F is a period mystery", "F opened in 3,000 theaters", "F stars P as C"), the
// name after "In" opening it with a part played ("In F, P plays C"), and
// the object of "about", "on" or "in" in an interview's question ("Q: ...",
// or a paragraph ending in "?") whose answer, the next paragraph, names a
// part or a credit. Personal names led by a given name, names in
// capitals and names typed elsewhere in the article (a person, place or
// company) are left alone. The article's own title (typeOwnFilm) and the
// names a franchise began with (typeFirstEntries) are typed first.
func (a *article) typeTopicFilms() {
	a.typeOwnFilm()
	a.typeFirstEntries()
	a.typeSequelBases()
	var typed map[string]bool // keys typed anything, built on first need
	ok := func(m *mention) bool {
		if m.typ != "" || m.allCaps || m.quoted || m.country || m.words < 1 || m.words > 3 || m.digit ||
			m.personShaped() && givenFirst(m.text) {
			return false
		}
		if typed == nil {
			typed = make(map[string]bool)
			for k := range a.ments {
				if t := a.ments[k].typ; t != "" && t != kg.Film {
					typed[a.ments[k].key] = true
				}
			}
		}
		return !typed[m.key]
	}
	mi := 0
	for si := range a.sents {
		s := &a.sents[si]
		for mi < len(a.ments) && int(a.ments[mi].sent) < si {
			mi++
		}
		if s.titleCase || mi >= len(a.ments) || int(a.ments[mi].sent) != si || s.b-s.a < 4 {
			continue
		}
		if a.toks[s.b-1].text == "?" || qLabel(a.toks, s) {
			a.typeQuestionTopic(si, mi, ok)
			continue
		}
		if !a.paraStart(si) {
			continue
		}
		m := &a.ments[mi]
		start := s.a
		if m.theOpen {
			start++
		}
		in := false
		if a.toks[s.a].lower == "in" && int(m.a) == start+1 {
			in = true // "In F, P plays C"
		} else if int(m.a) != start && !(int(m.a) > s.a+2 && int(m.a) <= s.a+6 && a.toks[int(m.a)-1].text == "," && int(a.ments[mi].a) == int(m.a)) {
			continue // not opening, nor after a short lead ("Following at 10, F slipped")
		}
		e := int(m.b)
		if e+2 >= s.b || !ok(m) {
			continue
		}
		if in {
			if a.toks[e].text == "," && mi+1 < len(a.ments) && int(a.ments[mi+1].a) == e+1 {
				if p := int(a.ments[mi+1].b); p < s.b && (a.toks[p].lower == "plays" || a.toks[p].lower == "voices") {
					m.setType(kg.Film, 2)
				}
			}
			continue
		}
		w := a.toks[e].lower
		switch {
		case topicPredicates[w]:
			if (w == "stars" || w == "starred") && (a.toks[e+1].lower == "as" || !a.toks[e+1].cap) {
				continue // "P stars as C": a person
			}
			if n := a.toks[e+1].lower; n == "the" || n == "a" || n == "an" || n == "its" || n == "his" || n == "her" || n == "their" {
				continue // "C opened the film in ...": a company's release
			}
			m.setType(kg.Film, 2)
		case topicCopulas[w]:
			// "is a [up to three modifiers] <production noun>"
			k := e + 1
			if l := a.toks[k].lower; l != "a" && l != "an" {
				continue
			}
			for j := k + 1; j < s.b && j <= k+4; j++ {
				t := &a.toks[j]
				if t.kind != kWord || t.cap {
					break
				}
				if tokIn(t, productionNouns3) || tokIn(t, kindNouns) {
					if j+1 < s.b && a.toks[j+1].kind == kPoss {
						break // "the show's creator"
					}
					m.setType(kg.Film, 2)
					break
				}
			}
		}
	}
}

// questionCredit are the words by which an interview answer names a part
// or a credit.
var questionCredit = setOf("play", "plays", "played", "playing", "directed", "direct", "directing", "wrote", "produced",
	"starred", "cast", "voice", "voiced", "role", "character")

// typeQuestionTopic types the untyped name after "about", "on" or "in" in
// question sentence si (its first mention mi) a film when the next
// paragraph, the answer, names a part or a credit.
func (a *article) typeQuestionTopic(si, mi int, ok func(*mention) bool) {
	s := &a.sents[si]
	cand := -1
	for k := mi; k < len(a.ments) && int(a.ments[k].sent) == si; k++ {
		m := &a.ments[k]
		p := int(m.a) - 1
		if m.the {
			p--
		}
		if p <= s.a {
			continue
		}
		if l := a.toks[p].lower; l != "about" && l != "on" && l != "in" {
			continue
		}
		if !ok(m) {
			continue
		}
		if cand >= 0 {
			return // two topics
		}
		cand = k
	}
	if cand < 0 || si+1 >= len(a.sents) || a.toks[a.sents[si+1].a].nl < 2 {
		return
	}
	// the answer: the next paragraph (at most six sentences)
	c := &a.ments[cand]
	credit := false
	for j := si + 1; j < len(a.sents) && j <= si+6; j++ {
		if j > si+1 && a.toks[a.sents[j].a].nl >= 2 {
			break
		}
		for t := a.sents[j].a; t < a.sents[j].b; t++ {
			if questionCredit[a.toks[t].lower] {
				credit = true
			}
			if a.toks[t].text == a.toks[c.a].text && t > a.sents[j].a && partCue(a.toks, t, a.sents[j].a) {
				return // "who played ... C Surname", "as C": a part
			}
		}
	}
	if credit {
		c.setType(kg.Film, 2)
	}
}

// partCue reports whether token t follows, within six tokens of the
// sentence that starts at from, a word that names a part ("played", "as").
func partCue(toks []token, t, from int) bool {
	for k := t - 1; k >= from && k >= t-6; k-- {
		switch toks[k].lower {
		case "as", "play", "plays", "played", "playing", "voiced", "voices":
			return true
		}
	}
	return false
}
