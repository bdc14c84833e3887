package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// entryOrdinal numbers the ordinal words of "the third film".
var entryOrdinal = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}

// entryNouns close an entry description that opens a sentence ("The
// original film", "The third movie").
var entryNouns = setOf("film", "movie", "series", "show", "installment", "instalment", "entry", "picture")

// entryPastVerbs are irregular past-tense verbs a sentence about an earlier
// entry goes on with ("The sequel took ...").
var entryPastVerbs = setOf("was", "had", "saw", "ran", "took", "brought", "became", "made", "put", "sent", "found", "gave",
	"kept", "left", "went", "won", "drew", "set", "hit", "began", "got", "paired", "starred", "followed")

// openingEntryCredits resolves the film of this sentence's credits
// (claims from index from on) when the sentence opens with an entry of
// the series described rather than named, as the subject of its clause
// (at the sentence start or after a lead-in ending in a colon):
//   - "The original, a studio release, starred P as C", "the original
//     ran for seven seasons and followed C (P)", "The original film
//     ...": the first film of the subject's series (anaOriginal);
//   - "The third film drops ... C (P)": the one film whose title carries
//     that number ("X 3", "X III");
//   - "The sequel, helmed by Q, added P as C" in the past tense, when the
//     article names a numbered entry after the second: the one film whose
//     title carries 2 ("X 2", "X II"), not the later entry the article is
//     about.
//
// Only credits whose film the sentence does not name (the anaphor of the
// text's film, or a film of another sentence) change.
func (p *pctx) openingEntryCredits(from int) {
	if from >= len(p.a.claims) {
		return
	}
	i := p.entryOpening()
	if i < 0 {
		return
	}
	j := i + 1 // the describing word
	film := noArg
	switch w := p.w(j); {
	case w == "original":
		if p.isM(j+1) || p.in(j+1, entryNouns) && p.isM(j+2) {
			return // "The original X": a name, read elsewhere
		}
		if !p.in(j+1, entryNouns) && !p.entryVerbAt(j+1) {
			return // "The original score": another noun
		}
		film = anaArg(anaOriginal)
	case w == "sequel" || w == "follow-up":
		if p.isM(j+1) || !p.entryVerbAt(j+1) || !p.pastVerbAt(j+1) {
			return
		}
		if p.a.numberedEntry(3, true) < 0 {
			return // no later numbered entry: the sequel is the film at hand
		}
		mi := p.a.numberedEntry(2, false)
		if mi < 0 {
			return
		}
		film = arg{m: int32(mi), of: -1, abs: true}
	case entryOrdinal[w] > 0:
		if !p.in(j+1, entryNouns) || p.isM(j+2) || !p.entryVerbAt(j+2) {
			return
		}
		mi := p.a.numberedEntry(entryOrdinal[w], false)
		if mi < 0 {
			return
		}
		film = arg{m: int32(mi), of: -1, abs: true}
	default:
		return
	}
	for k := from; k < len(p.a.claims); k++ {
		c := &p.a.claims[k]
		if c.sent != p.si || c.rel != kg.ActedIn && c.rel != kg.AppearsIn {
			continue
		}
		o := c.obj
		if o.m < 0 && (o.ana == anaFilm || o.ana == anaSeries) || o.abs && o.m >= 0 && p.a.ments[o.m].sent != p.si {
			c.obj = film
		}
	}
}

// entryOpening returns the item of the "the" that opens the sentence's
// first clause (item 0, or right after a lead-in of at most six items
// ending in a colon), else -1.
func (p *pctx) entryOpening() int {
	if p.w(0) == "the" && !p.isM(0) {
		return 0
	}
	for k := 1; k < len(p.it) && k <= 6; k++ {
		if p.w(k) == ":" {
			if p.w(k+1) == "the" && !p.isM(k+1) {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// entryVerbAt reports whether item k goes on with the clause of an entry
// description as its subject: an appositive comma, or a plain lower-case
// word (a verb, not a preposition or "and").
func (p *pctx) entryVerbAt(k int) bool {
	if p.isM(k) {
		return false
	}
	w := p.w(k)
	if w == "," {
		return true
	}
	if !isWordLike(w) || w == "and" || w == "of" || w == "to" || w == "in" || w == "for" || w == "'s" {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || p.in(k, entryPastVerbs)
}

// pastVerbAt reports whether the clause's verb from item k (past an
// appositive between commas) is in the past tense.
func (p *pctx) pastVerbAt(k int) bool {
	if p.w(k) == "," {
		for k++; k < len(p.it) && p.w(k) != ","; k++ {
			if p.w(k) == "." || p.w(k) == ";" {
				return false
			}
		}
		k++
	}
	for n := 0; n < 2 && (p.w(k) == "also" || p.w(k) == "then"); n++ {
		k++
	}
	return !p.isM(k) && (strings.HasSuffix(p.w(k), "ed") || p.in(k, entryPastVerbs))
}

// numberedEntry returns a mention of the one film (by key) whose title
// ends with the number n ("X 2", "X II"), or with a number of n or more
// when orMore; -1 when there is none or two titles carry it.
func (a *article) numberedEntry(n int, orMore bool) int {
	best, key := -1, ""
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength < 2 {
			continue
		}
		sp := strings.LastIndexByte(m.key, ' ')
		if sp < 0 {
			continue
		}
		num := romanOrNumber(m.key[sp+1:])
		if len(num) != 1 {
			continue
		}
		v := int(num[0] - '0')
		if v != n && !(orMore && v > n) {
			continue
		}
		if orMore {
			return mi
		}
		if best >= 0 && m.key != key {
			return -1
		}
		if best < 0 {
			best, key = mi, m.key
		}
	}
	return best
}
