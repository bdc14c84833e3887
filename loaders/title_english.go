package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A work's title in another language, given in brackets or by a phrase:
// "El hombre de la casa (The Man of the House, 1999)", "Le Bureau des
// Espions (The Spy Bureau)", "Kara Orman: Sınır (Black Forest: The
// Border)", "X, known in English as Y", "X (released in English as Y)",
// "X ... is streaming under the English title Y". One production, two
// names: the second joins the first's entity (mergeGlossTitles,
// title_foreign.go, for the brackets; mergeEnglishTitles for the
// phrases).

// glossYearTail switches on the bracket shapes beyond a foreign article's
// title in sentence case: a year after the gloss, a title-case foreign
// article, a letter outside ASCII (tests switch it off).
var glossYearTail = true

// yearTail reports whether tokens j.. are ", YEAR )".
func yearTail(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].text == "," && toks[j+1].kind == kNum && isYear(toks[j+1].text) && toks[j+2].text == ")"
}

// otherLanguagePair reports whether m and the bracketed name g after it
// look like one title in two languages: one opens with a title-case
// foreign article ("Le Bureau des Espions") or holds a letter outside
// ASCII ("Kara Orman: Sınır"), or both are subtitled ("Gece Yolu: Son
// (Night Road: The End)"), and the bracketed name is no person's
// name ("Orla (Tomas Ferrer, 2018)": the director) unless it holds a
// colon as the title does.
func (a *article) otherLanguagePair(m, g *mention) bool {
	if g.typ == kg.Person || g.typ == kg.Character || g.typ == kg.Organisation || g.personShaped() && !(g.colon && m.colon) {
		return false
	}
	return foreignOpener(a.toks, int(m.a)) || foreignOpener(a.toks, int(g.a)) || nonASCII(m.text) || nonASCII(g.text) || m.colon && g.colon
}

// nonASCII reports whether s holds a byte outside ASCII (a letter with a
// diacritic: "ş", "é").
func nonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// englishCueWords say a title is the one a work goes by abroad.
var englishCueWords = setOf("english", "english-speaking", "internationally", "abroad", "overseas", "international")

// englishCueVerbs go with englishCueWords before "as": "known
// internationally as", "released in English as".
var englishCueVerbs = setOf("known", "released", "titled", "retitled", "distributed", "sold", "shown", "aired", "marketed", "renamed", "billed")

// englishTitleCue returns where the words before token j (where a name
// starts, or its "The") start saying the name is the work's title
// abroad: "known in English as", "released in English-speaking
// territories as", "under the English title", "under the title"; -1 when
// they do not.
func (a *article) englishTitleCue(j int) int {
	toks := a.toks
	if j < 2 {
		return -1
	}
	switch toks[j-1].lower {
	case "as":
		from, lang := -1, false
		for i := j - 2; i >= 0 && i >= j-6; i-- {
			t := &toks[i]
			if t.kind != kWord {
				break
			}
			if englishCueVerbs[t.lower] {
				from = i
			}
			lang = lang || englishCueWords[t.lower]
		}
		if lang {
			return from
		}
	case "title":
		for i := j - 2; i >= 0 && i >= j-4; i-- {
			if toks[i].lower == "under" {
				return i
			}
		}
	}
	return -1
}

// mergeEnglishTitles joins a name the words before it give as a work's
// title abroad to the film named right before those words, with at most
// two marks between ("X, known in English as Y", "X (released in
// English as Y)", "X — released in English as Y"); not to a film named
// earlier in the clause ("Q's Paris police drama, known in English as
// Y": Y is the drama, not Paris).
func (a *article) mergeEnglishTitles() {
	if !glossYearTail {
		return
	}
	for k := 1; k < len(a.ments); k++ {
		g := &a.ments[k]
		j := int(g.a)
		if j > 0 && (g.the || g.theOpen) && a.toks[j-1].lower == "the" {
			j--
		}
		if g.typ != "" && g.typ != kg.Film {
			continue
		}
		from := a.englishTitleCue(j)
		if from < 0 || k == 0 {
			continue
		}
		x := k - 1
		for x >= 0 && a.ments[x].sent == g.sent && int(a.ments[x].a) >= from {
			x--
		}
		if x >= 0 && a.ments[x].sent == g.sent && a.ments[x].ent >= 0 && a.marksOnly(int(a.ments[x].b), from) {
			m := &a.ments[x]
			e := a.find(int(m.ent))
			if a.ents[e].typ != kg.Film {
				continue
			}
			switch {
			case g.ent < 0:
				a.attach(k, e)
				a.noteRule(e, k, "short-form")
			case a.ents[a.find(int(g.ent))].typ == kg.Film && a.find(int(g.ent)) != e:
				a.union(e, a.find(int(g.ent)), "short-form")
			}
		}
	}
}

// marksOnly reports whether tokens i to j (exclusive) are at most two
// marks, no word: ",", "—", "(" or a closing quote.
func (a *article) marksOnly(i, j int) bool {
	if j < i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord || a.toks[k].kind == kNum {
			return false
		}
	}
	return true
}
