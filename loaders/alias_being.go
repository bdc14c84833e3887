package loaders

import "strings"

// beforeKnownAdverbs may stand between the word before "known" and "known"
// itself ("the cell once known as C", "the film also known as F").
var beforeKnownAdverbs = setOf("also", "once", "simply", "originally", "internationally", "later", "now", "formerly",
	"previously", "sometimes", "often", "then")

// beingKnownAs reports whether "known" at item i follows a lower-case
// word that is no production noun, past at most one adverb
// (beforeKnownAdverbs): "a resistance cell known as C", "the brothel owner
// known as C", "would one day be known as C" name a being or a thing, not
// a second title; a title's alias follows a comma, a bracket, the title
// itself or a production noun ("F, also known as G", "the 1994 film
// known as G").
func (p *pctx) beingKnownAs(i int) bool {
	j := i - 1
	if p.in(j, beforeKnownAdverbs) {
		j--
	}
	if j < 0 || p.isM(j) {
		return false
	}
	w := p.w(j)
	if w == "" || strings.ToLower(w) != w || !isLetterWord(w) {
		return false
	}
	return !productionNoun(w) && !p.wIn(j, careerTitleNouns)
}

// isLetterWord reports whether w is made of letters and hyphens only.
func isLetterWord(w string) bool {
	for _, r := range w {
		if r != '-' && !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}
