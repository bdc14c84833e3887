package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeHeadlineColonTitles types as films the untyped body names that a
// title-case headline opens with before a colon ("The Covenants:
// Everything We Know About ...", "Harbor Lane: Cast, Plot and Release
// Date"): a headline leads with the production it explains. The whole run
// before the colon (at most six words, "The" aside) must be the name;
// personal names led by a given name, names typed otherwise and column
// rubrics in capitals are left alone.
func (a *article) typeHeadlineColonTitles() {
	start, n, the := a.headlineColonRun()
	a.typeHeadRunTitles(start, n, the)
}

// typeHeadRunTitles types as films the untyped body names written as the
// n tokens of the headline from start (after a leading "The" when the is
// set); personal names led by a given name, a lone word opening a
// sentence and one common word are left alone. n 0 types nothing.
func (a *article) typeHeadRunTitles(start, n int, the bool) {
	if n == 0 {
		return
	}
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" || int(m.b-m.a) != n || m.the != the && the || !a.tokensMatch(start, int(m.a), n) {
			continue
		}
		if int(m.a) == s.a && !m.the && n == 1 {
			continue // a lone word opening a sentence
		}
		if !titleCandidate(m) || m.words == 1 && commonWords[a.toks[m.a].lower] {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// headlineColonRun returns where the capitalised run that opens a
// title-case headline before a colon starts (after a leading "The"), its
// length in tokens (0 when there is none: no colon within seven words, a
// lower-case word before it, a rubric in capitals) and whether "The" led it.
func (a *article) headlineColonRun() (start, n int, the bool) {
	if len(a.sents) < 2 || !a.sents[0].titleCase {
		return 0, 0, false
	}
	h := &a.sents[0]
	c := h.a
	for c < h.b && c-h.a <= 7 && a.toks[c].text != ":" {
		if t := &a.toks[c]; t.kind != kWord && t.kind != kNum || t.kind == kWord && !t.cap {
			return 0, 0, false
		}
		c++
	}
	if c >= h.b || c == h.a || a.toks[c].text != ":" || capsRubric(a.toks, h.a, c) {
		return 0, 0, false
	}
	start = h.a
	the = a.toks[start].lower == "the"
	if the {
		start++
	}
	if n = c - start; n <= 0 || n > 6 {
		return 0, 0, false
	}
	return start, n, the
}

// headlineLead reports whether a body mention of local entity e is the
// name a title-case headline opens with before its colon
// (headlineColonRun).
func (a *article) headlineLead(e int) bool {
	start, n, _ := a.headlineColonRun()
	if n == 0 {
		return false
	}
	for _, mi := range a.ents[e].mentions {
		if m := &a.ments[mi]; m.sent > 0 && int(m.b-m.a) == n && a.tokensMatch(start, int(m.a), n) {
			return true
		}
	}
	return false
}

// earlierEntryWords before a name make it an earlier entry of a series
// ("the original X", "the first X", "the previous X").
var earlierEntryWords = setOf("original", "first", "previous", "earlier", "last")

// typeSequelBaseTitles types as films the untyped names that a film typed
// by a cue numbers ("X 2" typed, "the original X" untyped) when an
// earlier-entry word stands right before them: the film the sequel
// follows.
func (a *article) typeSequelBaseTitles() {
	var bases map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength < 2 {
			continue
		}
		if base, n := titleSig(m.key); base != "" && n != "" {
			if bases == nil {
				bases = map[string]bool{}
			}
			bases[base] = true
		}
	}
	if bases == nil {
		return
	}
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" || !bases[m.key] || int(m.a)-1 <= s.a || !earlierEntryWords[a.toks[m.a-1].lower] {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// yieldHeadlineFilms gives the body's type to a name the headline line
// types a film only by a weak cue ("Queen film sequel moves forward"),
// unquoted, when the body names it again, never as a film, and a cue of
// strength two or more there types it otherwise (a band, a person, a
// character): one name, one sense, and the body knows it better. It
// returns nothing; the headline mention takes that type at strength one.
func (a *article) yieldHeadlineFilms() {
	for hi := range a.ments {
		h := &a.ments[hi]
		if h.sent != 0 || h.typ != kg.Film || h.strength > 1 || h.quoted || h.head {
			continue
		}
		var other kg.NodeType
		for k := range a.ments {
			o := &a.ments[k]
			if o.sent == 0 || o.key != h.key {
				continue
			}
			if o.typ == kg.Film {
				other = ""
				break
			}
			if o.typ != "" && o.strength >= 2 && other == "" {
				other = o.typ
			}
		}
		if other != "" {
			h.typ, h.strength = other, 1
		}
	}
}
