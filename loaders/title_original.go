package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeOriginalFilms types as a film, before the patterns run, a mention
// of a franchise's name written as its first production: "the original
// X", "the original 2014 X", "the 1996 X", "the 1988 action classic X",
// "Q's 1990 original, X", "came in X in 1985". The
// article must show X is also a franchise (X followed by a franchise,
// plural film or kind noun: "the X franchise", "the X prequel series", or
// X heading a subtitled title "X: Y"), so the
// franchise keeps its node and the first film gets its own; and no noun
// follows X that it modifies ("the original X cast", "the original X
// trilogy").
func (a *article) typeOriginalFilms() {
	var franchises map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" || m.colon || m.digit || a.sents[m.sent].titleCase || !a.originalFrame(m) {
			continue
		}
		if franchises == nil {
			franchises = a.franchiseKeys()
		}
		if franchises[m.key] {
			m.setType(kg.Film, 2)
		}
	}
}

// originalFrame reports whether the words around mention m present it as
// one production ("the original", "the 1996", "the 1988 action classic",
// "1990 original,", "in X in 1985") and the word after it is no noun it
// modifies.
func (a *article) originalFrame(m *mention) bool {
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if k >= s.a && a.toks[k].kind == kQuote {
		k--
	}
	if k < s.a+1 {
		return false
	}
	w := a.toks[k].lower
	if e := int(m.b); e+1 < s.b && a.toks[e].lower == "in" && isYear(a.toks[e+1].lower) && (w == "in" || w == "with" || w == "since") {
		return true // "his signature part came in X in 1985"
	}
	if n := a.workWordsBefore(k, s.a); n > 0 {
		k -= n // "the 1988 action classic X"
		w = a.toks[k].lower
		if !isYear(w) {
			return false
		}
	}
	switch {
	case w == ",": // "Q's 1990 original, X"
		if a.toks[k-1].lower != "original" || k-2 < s.a || !isYear(a.toks[k-2].lower) {
			return false
		}
	case w == "original":
		// "the original X"
	case isYear(w):
		// "the 1996 X", "the original 2014 X"
		if p := a.toks[k-1].lower; p != "the" && p != "original" {
			return false
		}
	default:
		return false
	}
	e := int(m.b)
	if e < s.b && a.toks[e].kind == kQuote {
		e++
	}
	if e >= s.b {
		return true
	}
	t := &a.toks[e]
	if t.kind != kWord {
		return t.kind != kPoss
	}
	return !t.cap && !franchiseNouns[t.lower] && !pluralFilmNouns[t.lower] && !filmNouns[t.lower] && !seriesNouns[t.lower] &&
		!originalModified[t.lower]
}

// originalModified are nouns a franchise's name modifies after "the
// original" ("the original X cast", "the original X star").
var originalModified = setOf("cast", "star", "stars", "creator", "creators", "characters", "character", "team", "crew",
	"writers", "writer", "director", "directors", "producer", "producers", "fans", "games", "game", "books", "book",
	"comics", "comic", "novel", "novels", "story", "stories", "score", "theme", "soundtrack", "ending", "era", "lineup")

// franchiseKeys returns the keys of names the article shows to be
// franchises: a name before a franchise, plural film or kind noun ("the X
// franchise", "all three X films", "an X prequel") or heading a subtitled title ("X:
// Y").
func (a *article) franchiseKeys() map[string]bool {
	keys := map[string]bool{}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.colon {
			if head, _, ok := strings.Cut(m.text, ":"); ok {
				keys[nameKey(strings.TrimSpace(head))] = true
			}
			continue
		}
		e := int(m.b)
		if e < a.sents[m.sent].b && a.toks[e].kind == kQuote {
			e++
		}
		if e < a.sents[m.sent].b && a.toks[e].kind == kWord && (franchiseNouns[a.toks[e].lower] || pluralFilmNouns[a.toks[e].lower] || kindNouns[a.toks[e].lower]) {
			keys[m.key] = true
		}
	}
	return keys
}

// workWordsBefore returns how many lower-case words (one to three) end at
// token k with a word naming a work ("action classic", "hit comedy",
// "film"), or 0.
func (a *article) workWordsBefore(k, from int) int {
	t := &a.toks[k]
	if t.kind != kWord || t.cap || !tokIn(t, workWords) && !tokIn(t, filmNouns) && !tokIn(t, genreNouns) {
		return 0
	}
	n := 1
	for ; n < 3 && k-n > from; n++ {
		if p := &a.toks[k-n]; p.kind != kWord || p.cap || isYear(p.lower) || p.lower == "the" {
			break
		}
	}
	return n
}
