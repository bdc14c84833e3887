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

// hasClaim reports whether one of the claims is of the relation.
func hasClaim(cs []pclaim, rel kg.RelType) bool {
	for i := range cs {
		if cs[i].rel == rel {
			return true
		}
	}
	return false
}
