package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// castPassiveVerbs are the participles of "C is played by P".
var castPassiveVerbs = setOf("played", "voiced", "portrayed")

// castPassiveAux stand between a character and "played by" ("is", "will
// be", "is now").
var castPassiveAux = setOf("is", "was", "are", "were", "be", "will", "been", "being", "has", "now", "also")

// castPassive handles "C is played by P" with the character at item i:
// an appositive may stand between them ("C, a snow leopard, is voiced by
// P"), a phrase of manner before "by" ("C, played with raw commitment by
// P"), and further pairs may follow with the verb left out ("C was voiced
// by P and D by Q"). Each person acted in the film the text is about as
// that character; a clause that denies the part gives nothing. It reports
// whether it read a statement.
func (p *pctx) castPassive(i int) bool {
	if !p.castChar(i) || p.mm(i).typ == kg.Person {
		return false
	}
	j := i + 1
	comma := p.w(j) == "," && p.in(j+1, castPassiveVerbs)
	bare := false // "C, the future mayor played by P": no comma before the verb
	if comma {
		j++
	} else if p.w(j) == "," {
		if v := p.appositiveVerb(j + 1); v > 0 {
			j, bare = v, true
		} else if j = p.appositiveEnd(j + 1); j < 0 {
			return false
		} else {
			j++
		}
	}
	aux := 0
	for aux < 3 && p.in(j, castPassiveAux) {
		j++
		aux++
	}
	if aux == 0 && !comma && !bare || !p.in(j, castPassiveVerbs) {
		return false
	}
	by := p.mannerBy(j + 1)
	if by < 0 || comma && by == j+1 && p.isM(by+1) {
		return false // "C, played by P": the clause fallback reads it
	}
	for k := i + 1; k < by; k++ {
		if p.denyWord(k) || strings.HasSuffix(p.w(k), "n't") {
			return false
		}
	}
	x := by + 1
	if !p.isM(x) {
		x = p.describedPerson(x) // "played by a newcomer, P", "by the former boxer P"
	}
	if x < 0 || !p.isM(x) || !p.castListName(x) {
		return false
	}
	var people, chars []int
	people, chars = append(people, x), append(chars, i)
	// "and D by Q", ", D by Q": the verb left out
	for k := x + 1; (p.w(k) == "and" || p.w(k) == ",") && p.isM(k+1) && p.is(k+2, "by") && p.isM(k+3); k += 4 {
		if !p.castChar(k+1) || p.mm(k+1).typ == kg.Person || !p.castListName(k+3) {
			break
		}
		people, chars = append(people, k+3), append(chars, k+1)
	}
	film := p.focusFilm()
	if last := people[len(people)-1]; p.w(last+1) == "in" {
		// "played by P in the 1975 film", "voiced by P in F"
		if p.is(last+2, "the") && (isYear(p.w(last+3)) && p.in(last+4, yearFilmNouns) && !p.isM(last+5) || p.pluralFilmsAt(last+3)) {
			film = noArg // "in the 1975 film": an earlier film the text may not name; who played C stays
		} else if f, _, ok := p.filmRef(last+2, 2); ok {
			film = f
		}
	}
	p.castClaims(people, chars, film)
	return true
}

// describedPerson returns the item of the name after describing words at
// item k ("a newcomer, P", "the former boxer P", "Oscar-winning actor
// P"): maybe an article, one to four plain words, maybe a comma, then the
// name; -1 when there is none.
func (p *pctx) describedPerson(k int) int {
	j := k
	if p.in(j, setRelations_0) {
		j++
	}
	n := j
	for n < len(p.it) && n < j+4 && !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, partDescriberStops) && !p.wIn(n, notDescribing) {
		n++
	}
	if n == j {
		return -1
	}
	if p.w(n) == "," && p.isM(n+1) {
		n++
	}
	if !p.isM(n) {
		return -1
	}
	return n
}

// yearFilmNouns close "the 1975 film", "the 2004 original".
var yearFilmNouns = setOf("film", "movie", "original", "version", "picture", "classic")

// appositiveVerb returns the item of the participle closing a short
// appositive that starts at item j with no comma before it ("the future
// mayor played by", "a retired sheriff voiced by"): an article, one to
// six plain words and no name, then a cast participle and "by"; -1 when
// there is none.
func (p *pctx) appositiveVerb(j int) int {
	if !(p.w(j) == "a" || p.w(j) == "an" || p.w(j) == "the") {
		return -1
	}
	for k := j + 1; k < len(p.it) && k <= j+7; k++ {
		if p.isM(k) || !isWordLike(p.w(k)) || p.wIn(k, notDescribing) || p.wIn(k, appositiveStops) && p.w(k) != "the" {
			return -1
		}
		if p.in(k, castPassiveVerbs) {
			if k == j+1 || !p.is(k+1, "by") {
				return -1
			}
			return k
		}
	}
	return -1
}

// mannerBy returns the item of the "by" of "played by P" from item k,
// over a short phrase of manner between ("played with raw commitment by
// P", "voiced, with relish, by P"): at most seven plain words and commas;
// -1 when there is none.
func (p *pctx) mannerBy(k int) int {
	for n := 0; n <= 7 && k < len(p.it); n++ {
		if p.is(k, "by") {
			return k
		}
		if p.isM(k) || !isWordLike(p.w(k)) && p.w(k) != "," {
			return -1
		}
		k++
	}
	return -1
}

// appositiveEnd returns the item of the comma closing a short appositive
// that starts at item j ("a snow leopard,", "the gang's leader,"): an
// article or possessive word, at most eight plain words and no name; -1
// when there is none.
func (p *pctx) appositiveEnd(j int) int {
	if !(p.w(j) == "a" || p.w(j) == "an" || p.w(j) == "the" || p.in(j, possessivePronouns)) {
		return -1
	}
	for k := j + 1; k < len(p.it) && k <= j+8; k++ {
		if p.isM(k) {
			return -1
		}
		switch p.w(k) {
		case ",":
			return k
		case ".", ";", "(", ")", "", "who", "which", "that", "and", "or":
			return -1
		}
	}
	return -1
}

// pluralFilmsAt reports whether a plural film noun closes the few plain
// words from item k ("films", "first two movies"): several films, not one
// a claim can name.
func (p *pctx) pluralFilmsAt(k int) bool {
	for n := k; n < len(p.it) && n < k+3 && !p.isM(n); n++ {
		if p.in(n, pluralFilmNouns) {
			return true
		}
	}
	return false
}
