package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// foreignArticles are the articles that open Italian, Spanish, French,
// German and Dutch titles ("Il", "Los", "Les", "Das"): written capitalised
// inside an English sentence before a lower-case word, they open a title
// in sentence case. ("Die", "Den" and "De", English words or name
// particles, are left out.)
var foreignArticles = setOf("il", "lo", "la", "le", "les", "el", "los", "las", "gli", "un", "una", "uno", "une", "der",
	"das", "det", "ein", "eine", "het")

// foreignOpeners are the foreignArticles that open a title written in
// title case ("Les Passants", "El Jinete Pálido"); "Lo", "Una" and "Uno"
// also open personal names and are left out.
var foreignOpeners = setOf("il", "la", "le", "les", "el", "los", "las", "gli", "un", "une", "der", "das", "het")

// foreignOpener reports whether token i, a capitalised foreign article
// with a word after it, opens a title rather than a name: not a name's
// particle ("Henri de La Tourelle", "Marine Le Pen": a particle or a
// capitalised word before it), and "Les" only before a plural ("Les
// Passants", not the given name in "Les Marlow").
func foreignOpener(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != kWord || !t.cap || t.allCaps || !tokIn(t, foreignOpeners) || i+1 >= len(toks) || toks[i+1].kind != kWord || toks[i+1].nl > 0 {
		return false
	}
	if i > 0 && t.nl == 0 && toks[i-1].kind == kWord && (toks[i-1].cap || particles[toks[i-1].lower]) {
		return false
	}
	if w := toks[i+1].lower; t.lower == "les" && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "x") {
		return false
	}
	return true
}

// knownWord reports whether t is a word some lexicon of the package holds
// (an English word the rules know, or a name particle).
func knownWord(t *token) bool {
	tokIn(t, commonWords) // looks the word up once
	return t.vr > 1
}

// englishStops are common English verbs no lexicon happens to hold that
// end a title in sentence case ("whose Los reyes del norte won the prize").
var englishStops = setOf("won", "win", "wins", "went", "got", "gets", "did", "said", "says", "saw", "came", "comes", "lost")

// foreignWord reports whether t is a lower-case word of a foreign title:
// a small title word of a Romance language, a rank in its own language
// ("Il commissario X"), or a word no lexicon holds and no English
// function word.
func foreignWord(t *token) bool {
	if t.kind != kWord || t.cap {
		return false
	}
	return romanceJoiners[t.lower] || foreignJoiners[t.lower] || foreignRanks[t.lower] || !commonWords[t.lower] && !englishStops[t.lower] && !knownWord(t)
}

// foreignTitleEnd returns the end of a title in sentence case opened by
// the foreign article at token i of sentence s ("La casa de la
// niebla", "Il metodo Vettraino"): the article, a lower-case word no
// lexicon knows, then such words, small Romance title words and
// capitalised words, up to eight tokens, not ending in a small word; i+1
// or less when no such title starts there.
func (a *article) foreignTitleEnd(s *sentence, i int) int {
	toks := a.toks
	n := i + 1
	if n >= s.b || toks[n].nl > 0 || toks[n].kind != kWord || toks[n].cap || romanceJoiners[toks[n].lower] || !foreignWord(&toks[n]) {
		return i
	}
	j := n + 1
	for j < s.b && j < i+8 && toks[j].nl == 0 && toks[j].kind == kWord && (toks[j].cap && !toks[j].allCaps || foreignWord(&toks[j]) || romanceTailJoiners[toks[j].lower] || elided(&toks[j])) {
		j++
	}
	for j > n+1 && (romanceJoiners[toks[j-1].lower] || foreignJoiners[toks[j-1].lower] || romanceTailJoiners[toks[j-1].lower]) && !toks[j-1].cap {
		j--
	}
	return j
}

// foreignLed reports whether mention m is a title in sentence case opened
// by a foreign article ("La casa de la niebla").
func (a *article) foreignLed(m *mention) bool {
	return m.b-m.a >= 2 && foreignArticles[a.toks[m.a].lower] && a.toks[m.a].cap && !a.toks[m.a+1].cap && a.toks[m.a+1].kind == kWord
}

// mergeGlossTitles joins a film and its other-language title written in
// brackets right after it, when one of the two is a title in sentence
// case opened by a foreign article ("Il metodo Vettraino (The Vettraino
// Method)", "Night of the Rain (La notte della pioggia)"): one
// production, two names. The bracketed name joins the film's entity when
// it is a film too or has no entity yet.
func (a *article) mergeGlossTitles() {
	toks := a.toks
	defer a.mergeEnglishTitles()
	for k := 0; k+1 < len(a.ments); k++ {
		m, g := &a.ments[k], &a.ments[k+1]
		if m.sent != g.sent || m.ent < 0 || int(m.b) >= len(toks) || toks[m.b].text != "(" || int(g.b) >= len(toks) || toks[g.b].text != ")" && !(glossYearTail && yearTail(toks, int(g.b))) {
			continue
		}
		if ga := int(g.a); !(ga == int(m.b)+1 || g.the && ga == int(m.b)+2) || !a.foreignLed(m) && !a.foreignLed(g) && !(glossYearTail && a.otherLanguagePair(m, g)) {
			continue
		}
		e := a.find(int(m.ent))
		if a.ents[e].typ != kg.Film {
			continue
		}
		switch {
		case g.ent < 0 && (g.typ == "" || g.typ == kg.Film):
			a.attach(k+1, e)
			a.noteRule(e, k+1, "short-form")
		case g.ent >= 0 && a.ents[a.find(int(g.ent))].typ == kg.Film:
			a.union(e, a.find(int(g.ent)), "short-form")
		}
	}
}

// ellipsisSubtitle returns the end of a bracketed subtitle opened by an
// ellipsis right after a capitalised run ending at j ("Summer Tide
// (...Or, How We Got Here)"): the bracket is part of the title. With no
// such bracket, within sixteen tokens of the sentence, j is returned.
func ellipsisSubtitle(toks []token, s *sentence, j int) int {
	if j+2 >= s.b || toks[j].text != "(" {
		return j
	}
	if t := &toks[j+1]; t.text != "." && t.text != "..." && t.text != "\u2026" || t.start != toks[j].end {
		return j
	}
	for k := j + 2; k < s.b && k < j+16; k++ {
		if toks[k].text == ")" {
			return k + 1
		}
		if toks[k].text == "(" || toks[k].kind == kQuote {
			return j
		}
	}
	return j
}

// placeOrCompany reports whether the run of tokens i to j, opened by a
// foreign article, names a place of placeNames or starts with one ("Los
// Almos", "Las Palmas Harbour Club") or holds a company word of
// realOrgWords ("Les Films du Nord").
func (a *article) placeOrCompany(i, j int) bool {
	toks := a.toks
	for k := i + 1; k < j; k++ {
		if toks[k].kind == kWord && realOrgWords[toks[k].lower] {
			return true
		}
	}
	return placeNames[foldKey(a.text[toks[i].start:toks[i+1].end])]
}

// romanceTailJoiners are the small lower-case words of a Spanish, French
// or Italian title that may lead its lower-case words after a capitalised
// one ("Amor de sombras", "Cartas en la arena", "Un renard et sa lanterne"):
// romanceJoiners less the ones English or Portuguese prose writes ("o",
// "do", "da"), with the indefinite articles and the possessives.
var romanceTailJoiners = setOf("de", "del", "la", "las", "los", "el", "en", "du", "des", "les", "le", "et", "sur",
	"di", "della", "dei", "por", "para", "y", "un", "une", "una", "son", "sa", "ses", "su", "sus", "au", "aux", "à")

// romanceNotTitle are the lower-case words after a Romance small word in
// English prose ("et al.", "de facto", "en route"): no title.
var romanceNotTitle = setOf("al", "facto", "jure", "rigueur", "route", "masse", "passant", "vogue", "suite")

// elided reports whether t is a French word with an elided article or
// preposition ("d'orages", "l'aube", "d'en"): a foreign title word.
func elided(t *token) bool {
	w := t.lower
	return len(w) > 2 && (w[0] == 'd' || w[0] == 'l' || w[0] == 'q') && (w[1] == '\'' || strings.HasPrefix(w[1:], "\u2019"))
}

// romanceTailEnd returns the end of the lower-case words of a Romance
// title that go on after a capitalised word at token j-1 ("Amor de
// sombras", "Cartas en la arena", "Les Quais d'en bas"): small words of
// romanceTailJoiners or elided ones, then a word no lexicon holds (or an
// elided one), then such words, small words and capitalised words, up to
// eight tokens, not ending in a small word; j when no such words follow.
func (a *article) romanceTailEnd(s *sentence, j int) int {
	toks := a.toks
	small := func(k int) bool {
		t := &toks[k]
		return t.nl == 0 && t.kind == kWord && !t.cap && (tokIn(t, romanceTailJoiners) || elided(t) && len(t.lower) <= 4)
	}
	content := func(k int) bool {
		t := &toks[k]
		return t.nl == 0 && t.kind == kWord && !t.cap && !romanceNotTitle[t.lower] && (elided(t) || !romanceJoiners[t.lower] && foreignWord(t))
	}
	k := j
	for k < s.b && k < j+3 && small(k) {
		k++
	}
	if k == j || k >= s.b || !content(k) {
		return j
	}
	e := k + 1
	for e < s.b && e < j+8 && (small(e) || content(e) || toks[e].nl == 0 && toks[e].kind == kWord && toks[e].cap && !toks[e].allCaps) {
		e++
	}
	for e > k+1 && small(e-1) {
		e--
	}
	return e
}

// romanceQuote reports whether the quoted words [i, j), which hold
// lower-case words no English title writes so, read as a Romance title in
// sentence case ("'Amor de sombras'", "'Les Quais d'en bas'"): a small
// Romance word or an elided one inside, or two words, the second one no
// lexicon holds ("'Rivage amer'"); quoted speech ("'Mais où est le
// chat?'") ends in a question or exclamation mark and is left alone.
func (a *article) romanceQuote(i, j int) bool {
	toks := a.toks
	n, small := 0, false
	for k := i; k < j; k++ {
		t := &toks[k]
		if t.kind == kPunct && (t.text == "?" || t.text == "!") {
			return false
		}
		if t.kind == kWord {
			n++
			if !t.cap && (romanceTailJoiners[t.lower] || elided(t)) {
				small = true
			}
		}
	}
	return small || n == 2
}
