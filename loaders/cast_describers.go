package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Describing words around a part's name: a name that only modifies a
// noun, a described performance noun, a part owned by a common noun.

// modifierStops may follow the noun of "the Harbor City detective": a
// preposition, a relative word, a conjunction or punctuation ends the part.
var modifierStops = setOf("for", "in", "on", "at", "from", "with", "who", "whose", "that", "and", "or", ",", ".", ";", "")

// modifierOnly reports whether the untyped mention at item k only modifies
// the lower-case noun after it, which closes the phrase ("as the Harbor
// City detective for the first time", "the Space Corps major in"): the
// phrase describes a part and names none.
func (p *pctx) modifierOnly(k int) bool {
	m := p.mm(k)
	if m == nil || m.typ == kg.Character || m.typ == kg.Person || m.quoted {
		return false
	}
	n := k + 1
	if p.isM(n) || !isWordLike(p.w(n)) || p.wIn(n, commonWords) || p.wIn(n, modifierStops) || p.w(n) == "'s" {
		return false
	}
	return !p.isM(n+1) && p.wIn(n+1, modifierStops)
}

// roleArticles open a described performance noun ("a small but striking
// role as C").
var roleArticles = setOf("a", "an", "the", "his", "her", "their", "my", "our", "your")

// describedRole reports whether items j..n-1 are an article and plain
// lower-case describing words before the performance noun at item n ("a
// small but striking role", "the brief but memorable part", "a small, funny
// role": commas may join the words), with at most
// five words between.
func (p *pctx) describedRole(j, n int) bool {
	if !p.in(j, roleArticles) || n-j > 6 {
		return false
	}
	for k := j + 1; k < n; k++ {
		if p.w(k) == "," && p.describerComma(k) {
			continue // "a small, funny role"
		}
		if p.isM(k) || !isWordLike(p.w(k)) || p.wIn(k, notDescribing) {
			return false
		}
	}
	return true
}

// commonOwnerPart returns the item of the part in "the couple's daughter
// C", "their family's eldest son C" from item j (a determiner, one
// lower-case owner noun, its possessive, describing words, the name), or
// -1.
func (p *pctx) commonOwnerPart(j int) int {
	if p.w(j) != "the" && !p.wIn(j, possessivePronouns) || p.isM(j+1) || !isWordLike(p.w(j+1)) || p.wIn(j+1, commonWords) || p.w(j+2) != "'s" {
		return -1
	}
	c := p.nameAfterDescriptors(j+3, 2)
	if c < 0 {
		return -1
	}
	if m := p.mm(c); !castableName(m) || m.typ != "" && m.typ != kg.Character {
		return -1
	}
	return c
}

// modifiedNounPart reads a name after "as a"/"as an" that only modifies
// the lower-case noun after it ("as a CIA cryptographer", "as a Bulgarian
// police inspector, Major Elena Vos", "as an MI6 officer named Kit Dane"):
// ok reports whether the mention at item c is such a modifier, and part is
// the item of the part's name after the noun (an appositive name or one
// after "named"/"called"), or -1 when the phrase names no part.
func (p *pctx) modifiedNounPart(c int) (part int, ok bool) {
	m := p.mm(c)
	if m == nil || m.quoted || m.typ == kg.Person || !(p.w(c-1) == "a" || p.w(c-1) == "an") {
		return -1, false
	}
	n := c + 1
	for k := 0; k < 2 && !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, commonWords) && !p.wIn(n, modifierStops) && !p.wIn(n, castStop); k++ {
		n++
	}
	if n == c+1 {
		return -1, false
	}
	if k := p.namedAfter(c - 1); k > 0 {
		return k, true
	}
	switch {
	case p.w(n) == "," && p.isM(n+1) && p.in(n+2, castStop) && castableName(p.mm(n+1)) && (p.mm(n+1).typ == "" || p.mm(n+1).typ == kg.Character):
		return n + 1, true
	case p.in(n, modifierStops) || p.in(n, castStop):
		return -1, true
	}
	return -1, false
}

// commaDescribedName returns the item of the name after an article and
// describing words joined by commas ("an adopted, hyper-enthusiastic
// Robin", "a sly, scheming Alfred"): at least one comma between two plain
// words, at most five words in all, and the name closing the phrase; -1
// when there is none.
func (p *pctx) commaDescribedName(j int) int {
	if !p.in(j, roleArticles) {
		return -1
	}
	commas, words := 0, 0
	k := j + 1
	for ; k < len(p.it) && words <= 5; k++ {
		if p.isM(k) {
			break
		}
		w := p.w(k)
		switch {
		case w == "," && words > 0 && !p.isM(k+1) && isWordLike(p.w(k+1)) && p.w(k+1) != "and" && p.w(k+1) != "who":
			commas++
		case isWordLike(w) && (!commonWords[w] || descriptorAdj[w]):
			words++
		default:
			return -1
		}
	}
	if commas == 0 || !p.isM(k) || !p.in(k+1, castStop) {
		return -1
	}
	if m := p.mm(k); !castableName(m) || m.typ != "" && m.typ != kg.Character {
		return -1
	}
	return k
}

// sceneGap returns the item of the "as" closing a short verb phrase of a
// review's cast statement from item j ("steals every scene as C", "is
// terrific as C"): two to four plain words, none a crew verb, a pronoun or
// a preposition, then "as"; -1 when there is none.
func (p *pctx) sceneGap(j int) int {
	for k := j; k < len(p.it) && k < j+5; k++ {
		w := p.w(k)
		if w == "as" && k >= j+2 {
			return k
		}
		if p.isM(k) || !isWordLike(w) || prepsBeforeName[w] || possessivePronouns[w] || sceneGapStops[w] {
			return -1
		}
		if _, crew := activeTriggers[w]; crew && !activeTriggers[w].cast {
			return -1
		}
	}
	return -1
}

// sceneGapStops end a cast statement's verb phrase before "as": pronouns
// and words that open another clause.
var sceneGapStops = setOf("him", "her", "them", "it", "who", "which", "that", "but", "not", "never", "cast", "hired", "replaced",
	"such", "well", "so", "known", "described", "seen", "regarded", "served", "serves", "serve", "works", "worked")
