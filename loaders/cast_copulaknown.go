package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// knownPartCopula reports whether the described name at item c of "P is a
// sweaty C" (item i is P) is a character of the article already, as when
// a piece on several versions gives the part a second actor ("Kyle Brand
// plays Tobin ... Dace Arden is a sweaty Tobin"): c is typed a character by
// an earlier cue and by nothing here, closes the clause (castStop, no name
// after it), and P is no character of the article ("Ruth Vale is the
// first copper Sean has feared" describes a part, credits no one).
func (p *pctx) knownPartCopula(i, c int) bool {
	cm, pm := p.mm(c), p.mm(i)
	if cm == nil || pm == nil || cm.typ != "" || cm.quoted || cm.digit || cm.colon || p.priorType(c) != kg.Character {
		return false
	}
	if !p.wIn(c+1, castStop) || p.isM(c+1) || !castableName(cm) {
		return false
	}
	return pm.typ != kg.Character && p.priorType(i) != kg.Character
}

// nameAfterListedDescriptors returns the item of a name that follows the
// article or possessive pronoun at item k and two to four lower-case
// describing words, commas joining some of them ("a square-jawed,
// no-nonsense C", "a manic, funny, wounded C"), or -1 when the words do not
// read so. A comma must stand between two describing words: "a friend,
// C" is an appositive, not a description.
func (p *pctx) nameAfterListedDescriptors(k int) int {
	if !(p.w(k) == "the" || p.w(k) == "a" || p.w(k) == "an" || p.wIn(k, possessivePronouns)) {
		return -1
	}
	j, words, commas := k+1, 0, 0
	for ; j < len(p.it) && words <= 4; j++ {
		if p.isM(j) {
			break
		}
		w := p.w(j)
		if w == "," {
			if words == 0 || p.isM(j+1) || !isWordLike(p.w(j+1)) {
				return -1
			}
			commas++
			continue
		}
		if !isWordLike(w) || commonWords[w] && !descriptorAdj[w] || partDescriberStops[w] || auxWords[w] || clauseWords[w] {
			return -1
		}
		words++
	}
	if commas == 0 || words < 2 || words > 4 || !p.isM(j) {
		return -1
	}
	return j
}

// describerComma reports whether the comma at item k joins two plain
// lower-case describing words after an article ("a small, funny role", "a
// square-jawed, no-nonsense C"): a word before it that follows "a", "an",
// "the" or another describing word, and a word after it.
func (p *pctx) describerComma(k int) bool {
	if p.w(k) != "," || k < 2 || p.isM(k-1) || p.isM(k+1) || !isWordLike(p.w(k-1)) || !isWordLike(p.w(k+1)) {
		return false
	}
	if p.wIn(k-1, commonWords) || p.wIn(k+1, commonWords) || p.wIn(k+1, partDescriberStops) || p.wIn(k+1, clauseWords) {
		return false
	}
	return p.in(k-2, roleArticles) || isWordLike(p.w(k-2)) && !p.isM(k-2) && !p.wIn(k-2, commonWords)
}
