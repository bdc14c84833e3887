package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// creditPartNouns before "of" make the name after them a production:
// "two episodes of X", "the cast of X", "the finale of X", "a sequel to X".
var creditPartNouns = setOf("episode", "episodes", "season", "seasons", "finale", "pilot", "cast", "sequel", "prequel",
	"remake", "reboot", "spin-off", "spinoff", "installment", "instalment", "premiere", "showrunner", "showrunners")

// creditLeadWords before "in", "on" or "for" make the name after them a
// production: someone's part or work on it ("starred in X", "his stint
// on X", "wrote the score for X").
var creditLeadWords = setOf("starred", "co-starred", "guest-starred", "appeared", "played", "role", "roles", "part",
	"cameo", "stint", "run", "tenure", "engagement", "score", "music", "script", "screenplay", "soundtrack")

// orgShapedTitle reports whether mention m's name is built like a
// company's or a fictional group's (its last word a company word or a
// group noun: "Band of Cousins", "Rule & Order"), the names the company
// lexicon types organisations when the patterns run.
func orgShapedTitle(m *mention) bool {
	if m.words < 2 || m.colon || m.quoted || m.allCaps || m.country {
		return false
	}
	last := strings.TrimSuffix(lowerLast(m.text), ".")
	if fictionalOrgNouns[last] != "" {
		return true
	}
	// a company word closes titles with "The", "of" or "&" ("The Civic
	// Ledger", "Band of Cousins"), seldom a company's name
	return companyWordName(m, last) && (m.the || m.words >= 3 && (strings.Contains(m.text, " of ") || strings.Contains(m.text, " & ") ||
		strings.Contains(m.text, " and ") || strings.Contains(m.text, " the ")))
}

// creditEvidence reports whether mention m stands where only a
// production fits: right after a production noun and closing its clause
// ("the HBO miniseries X and", "the film X,"), after a credit part and
// "of"/"to" ("two episodes of X", "season 2 of X", "a sequel to X"), or
// before a year in brackets ("X (2001)").
func (a *article) creditEvidence(m *mention) bool {
	s := &a.sents[m.sent]
	b, e := int(m.a), int(m.b)
	if m.the {
		b-- // (the capitalised "The" stands before the name's tokens)
	}
	if e+2 < s.b && a.toks[e].text == "(" && isYear(a.toks[e+1].text) && a.toks[e+2].text == ")" {
		return true
	}
	if b-1 <= s.a || e < s.b && a.toks[e].kind == kPoss {
		return false // ("the cast of Harbor Pictures' X": the owner)
	}
	p := &a.toks[b-1]
	if p.kind != kWord || p.cap {
		return false
	}
	if (p.lower == "in" || p.lower == "on" || p.lower == "for") && b-2 > s.a && tokIn(&a.toks[b-2], creditLeadWords) {
		return true // "starred in X", "a long stint on X", "the score for X"
	}
	if p.lower == "of" || p.lower == "to" {
		q := b - 2
		if q > s.a && isNumberWord(a.toks[q].text) && (a.toks[q-1].lower == "season" || a.toks[q-1].lower == "series") {
			return true // "season 2 of X"
		}
		return tokIn(&a.toks[q], creditPartNouns) && !a.toks[q].cap
	}
	if !productionNoun(p.lower) || p.lower == "project" || p.lower == "entry" || p.lower == "chapter" {
		return false
	}
	if e < s.b {
		n := &a.toks[e]
		if !creditObjectEnds[n.text] && !creditObjectEnds[n.lower] && n.lower != "was" && n.lower != "is" {
			return false // ("the film Harbor Studios released")
		}
	}
	return true
}

// isNumberWord reports whether w is a number in digits or a small one in
// words ("2", "two").
func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return smallNumberWords[strings.ToLower(w)]
		}
	}
	return len(w) <= 2
}

var smallNumberWords = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// retypeCreditedOrgTitles types as films, before the patterns run (where
// the company lexicon would make them organisations), the names built
// like a company's or a group's ("Band of Cousins", "Rule & Order") that
// credit evidence names a production once in the article (creditEvidence):
// every untyped mention of that name is then a film. A name typed already
// (a studio, a platform, a company by its context) is left alone, and so
// is one never seen in a production's place ("X Brothers" the company).
func (a *article) retypeCreditedOrgTitles() {
	var keys map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" && m.typ != kg.Film || m.words < 2 || a.sents[m.sent].titleCase || !a.creditEvidence(m) && !a.listedWithFilm(mi) || !orgShapedTitle(m) {
			continue
		}
		keys = addKey(keys, m.key)
	}
	if keys == nil {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if keys[m.key] && (m.typ == "" || m.typ == kg.Film) && orgShapedTitle(m) {
			m.setType(kg.Film, 3)
			m.passingCue = true
		}
	}
}

// listedWithFilm reports whether mention mi is listed, after or before
// "and" or a comma alone, next to a name typed a film by a cue ("in X and
// Harbor Lights", "(Harbor Lights, X)").
func (a *article) listedWithFilm(mi int) bool {
	m := &a.ments[mi]
	for _, k := range [2]int{mi - 1, mi + 1} {
		if k < 0 || k >= len(a.ments) {
			continue
		}
		o := &a.ments[k]
		if o.sent != m.sent || o.typ != kg.Film || o.strength < 2 {
			continue
		}
		x, y := o, m
		if k > mi {
			x, y = m, o
		}
		gap := int(y.a) - int(x.b)
		if y.the {
			gap-- // ("The" is outside the name's tokens)
		}
		if gap == 1 && (a.toks[x.b].lower == "and" || a.toks[x.b].text == ",") && !(int(m.b) < len(a.toks) && a.toks[m.b].kind == kPoss) {
			return true
		}
	}
	return false
}

// inWhichCredits after "F, in which he/she ..." say what someone did in
// the production F ("X's F, in which he played ...", "F, in which she had a
// small role").
var inWhichCredits = setOf("played", "plays", "starred", "stars", "co-starred", "appeared", "appears", "voiced",
	"portrayed", "role", "part", "cameo")

// inWhichPronouns open the clause after "F, in which".
var inWhichPronouns = setOf("he", "she", "they", "i", "we")

// retypeInWhichTitles types as films, before the patterns run, names
// followed by ", in which" and a pronoun whose clause credits a part
// within six words ("Dana Frell's Gray Tides, in which he played a
// sheriff", "in which she was Mara Voss"): other mentions of the name
// that no cue typed are films too. A personal name led by a given name
// is left alone, and so is a name a strong cue typed already.
func (a *article) retypeInWhichTitles() {
	var keys map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		e := int(m.b)
		if e+4 >= s.b || a.toks[e].text != "," || a.toks[e+1].lower != "in" || a.toks[e+2].lower != "which" ||
			!inWhichPronouns[a.toks[e+3].lower] || m.strength >= 3 || m.quoted || s.titleCase {
			continue
		}
		ok := false
		for k := e + 4; k < s.b && k < e+10; k++ {
			t := &a.toks[k]
			if inWhichCredits[t.lower] || k == e+4 && t.lower == "was" && k+1 < s.b && a.toks[k+1].cap {
				ok = true
				break
			}
		}
		if !ok || m.personShaped() && givenFirst(m.text) {
			continue
		}
		m.setType(kg.Film, 3)
		keys = addKey(keys, m.key)
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; keys[m.key] && m.typ == "" {
			m.setType(kg.Film, 2)
		}
	}
}
