package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeOriginalFilms types as a film, before the patterns run, a mention
// of a franchise's name written as its first production: "the original
// X", "the original 2014 X", "the 1996 X", "Q's 1990 original, X". The
// article must show X is also a franchise (X followed by a franchise or
// plural film noun, or X heading a subtitled title "X: Y"), so the
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

// originalFrame reports whether the words before mention m present it as
// the first production ("the original", "the 1996", "1990 original,") and
// the word after it is no noun it modifies.
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
// franchises: a name before a franchise or plural film noun ("the X
// franchise", "all three X films") or heading a subtitled title ("X:
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
		if e < a.sents[m.sent].b && a.toks[e].kind == kWord && (franchiseNouns[a.toks[e].lower] || pluralFilmNouns[a.toks[e].lower]) {
			keys[m.key] = true
		}
	}
	return keys
}
