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
	if comma {
		j++
	} else if p.w(j) == "," {
		j = p.appositiveEnd(j + 1)
		if j < 0 {
			return false
		}
		j++
	}
	aux := 0
	for aux < 3 && p.in(j, castPassiveAux) {
		j++
		aux++
	}
	if aux == 0 && !comma || !p.in(j, castPassiveVerbs) {
		return false
	}
	by := p.mannerBy(j + 1)
	if by < 0 || comma && by == j+1 {
		return false // "C, played by P": the clause fallback reads it
	}
	for k := i + 1; k < by; k++ {
		if p.denyWord(k) || strings.HasSuffix(p.w(k), "n't") {
			return false
		}
	}
	x := by + 1
	if !p.isM(x) || !p.castListName(x) {
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
	p.castClaims(people, chars, p.focusFilm())
	return true
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
