package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A franchise named by its first film: "the franchise" in an article that
// names a film X and later entries whose titles extend X ("X 2: The
// Subtitle", "X: The Return", "X 3"), with no franchise named anywhere
// ("the X franchise" is typed by the patterns). The franchise is X; X and
// every entry are part of it (the entries by their titles, when the
// claims are resolved; the first film by a claim made here).

// bareFranchiseLead may stand right before a bare "franchise": the word
// names no franchise of its own ("the franchise", "a five-film franchise",
// "its franchise", "the whole franchise", "a horror franchise").
func bareFranchiseLead(t *token) bool {
	return t.kind == kWord && !t.cap || t.lower == "the" || t.lower == "this" || t.lower == "that" || t.lower == "its"
}

// bareFranchiseCue returns the first token "franchise" (singular) that
// follows a lower-case word or a capitalised article or determiner, or -1.
func (a *article) bareFranchiseCue() int {
	for k := 1; k < len(a.toks); k++ {
		if t := &a.toks[k]; t.kind == kWord && t.lower == "franchise" && !t.cap && bareFranchiseLead(&a.toks[k-1]) {
			return k
		}
	}
	return -1
}

// anyEntryTitle reports whether the title of a root film of the article
// extends another's (entryTitle), before any other test.
func (a *article) anyEntryTitle() bool {
	for e := range a.ents {
		if a.find(e) != e || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 {
			continue
		}
		for f := range a.ents {
			if f != e && a.find(f) == f && a.ents[f].typ == kg.Film && len(a.ents[f].mentions) > 0 && entryTitle(a.ents[f].key, a.ents[e].key) {
				return true
			}
		}
	}
	return false
}

// entryTitle reports whether key (a film's key) extends base as an entry
// of a franchise named base does ("x 2", "x: the return", "x 3d").
func entryTitle(key, base string) bool {
	return titleStartsWith(key, []string{base})
}

// entryCandidate reports whether local entity e is a root film that may
// name a franchise or be one of its entries: named, not only
// conditionally, not only as a film that may never exist ("a possible X
// 4").
func (a *article) entryCandidate(e int) bool {
	return a.find(e) == e && a.ents[e].typ == kg.Film && len(a.ents[e].mentions) > 0 && !a.ents[e].conditional && !a.hypotheticalFilm(e)
}

// entryFranchise makes the franchise an article names only as "the
// franchise" (see the top of this file) when it names no franchise: the
// film of the article with the most entries, the only one with that many,
// and with at least two entries, or one when the article's own film is the
// film or its entry ("the franchise" is then the article's line, not
// another one it names in passing). The franchise entity takes the first
// cue as its mention (its name is the film's); the anaphors of the
// patterns keep what they read. Runs once mentions are resolved.
func (a *article) entryFranchise() {
	if a.franchise >= 0 {
		return
	}
	for e := range a.ents {
		if a.find(e) == e && a.ents[e].typ == kg.Franchise && len(a.ents[e].mentions) > 0 {
			return // a franchise named somewhere: "the franchise" is it
		}
	}
	if !a.anyEntryTitle() {
		return // (most articles: no film extends another's title)
	}
	cue := a.bareFranchiseCue()
	if cue < 0 {
		return
	}
	subj := -1
	if a.subjectFilm >= 0 {
		subj = a.find(int(a.subjectFilm))
	}
	best, bestN, bestSubj, tie := -1, 0, false, false
	for e := range a.ents {
		if !a.entryCandidate(e) {
			continue
		}
		base := a.ents[e].key
		if len(base) < 2 || continuationKey(base) {
			continue
		}
		n, withSubj := 0, e == subj
		for f := range a.ents {
			if f != e && a.entryCandidate(f) && entryTitle(a.ents[f].key, base) {
				n++
				withSubj = withSubj || f == subj
			}
		}
		if n == 0 {
			continue
		}
		if n > bestN {
			best, bestN, bestSubj, tie = e, n, withSubj, false
		} else if n == bestN {
			tie = true
		}
	}
	if best < 0 || tie || bestN < 2 && !bestSubj {
		return
	}
	first := a.firstMention(best)
	m := a.ments[first]
	t := &a.toks[cue]
	m.sent = a.sentOf(cue)
	m.a, m.b = int32(cue), int32(cue+1)
	m.start, m.end = t.start, t.end
	m.theOpen, m.head, m.quoted, m.gazette = false, false, false, false
	m.typ, m.strength, m.format = kg.Franchise, 3, ""
	a.ments = append(a.ments, m)
	mi := len(a.ments) - 1
	fr := a.newEnt(kg.Franchise, m.key)
	a.attach(mi, fr)
	a.claims = append(a.claims, pclaim{rel: kg.PartOf, subj: arg{m: int32(first), of: -1, abs: true},
		obj: arg{m: int32(mi), of: -1, abs: true}, sent: m.sent})
}
