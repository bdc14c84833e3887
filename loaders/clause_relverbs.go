package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// relativeChainWords may stand between the subject of a relative clause and
// a later verb of its chain ("which P also wrote and directed", "which P
// created, ran and partly directed").
var relativeChainWords = setOf("also", "and", ",", "partly", "jointly", "then", "later", "created", "co-created", "developed", "ran")

// relativeVerbSubject finds, for the crew verb at t, the person of a
// relative clause after a comma ("F, which P directed", "F, that P wrote and
// directed"): the mention's item, or -1. Between the person and t only
// adverbs and earlier crew verbs of the same chain may stand.
func (p *pctx) relativeVerbSubject(t int) int {
	k := t - 1
	for n := 0; n < 7 && k > 2 && !p.isM(k); n++ {
		w := p.w(k)
		if !p.in(k, relativeChainWords) {
			if tr, ok := activeTriggers[w]; !ok || tr.cast {
				return -1
			}
		}
		k--
	}
	if !p.isM(k) || !p.isPersonLike(k) || p.w(k-2) != "," || (p.w(k-1) != "which" && p.w(k-1) != "that") {
		return -1
	}
	if k < t-1 && p.w(t-1) != "and" && p.w(t-1) != "," && !p.in(t-1, relativeChainWords) {
		return -1
	}
	return k
}

// hasClaimOn reports whether one of the claims gives the relation on the
// film ("F, which P wrote and directed, and G, which P also wrote and
// directed": P's credits on F do not stand in the way of G's).
func (p *pctx) hasClaimOn(cs []pclaim, rel kg.RelType, film arg) bool {
	for i := range cs {
		if cs[i].rel == rel && p.sameFilm(cs[i].obj, film) {
			return true
		}
	}
	return false
}

// relativeChainEnd reports whether the relative clause's verb chain ends at
// item k: a comma or a clause boundary, or one after a time ("which P
// directed in 2010, ...", "which P wrote and directed last year.").
func (p *pctx) relativeChainEnd(k int) bool {
	if p.fallbackBoundaryOrComma(k) {
		return true
	}
	if p.isM(k) || p.isM(k+1) {
		return false
	}
	if w := p.w(k); w == "in" && isYear(p.w(k+1)) || (w == "last" || w == "that") && p.w(k+1) == "year" {
		return p.fallbackBoundaryOrComma(k + 2)
	}
	return false
}

// yearParenFilm returns the item of the film before a bracketed year that
// closes at item c ("F (2013), which ..."), or -1.
func (p *pctx) yearParenFilm(c int) int {
	if p.w(c) != ")" || p.isM(c-1) || !isYear(p.w(c-1)) || p.w(c-2) != "(" {
		return -1
	}
	if m := p.mm(c - 3); m != nil && m.typ == kg.Film && m.strength >= 2 {
		return c - 3
	}
	return -1
}
