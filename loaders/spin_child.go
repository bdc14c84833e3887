package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// spinKindNouns may stand between a spin-off or prequel noun and the
// work's title besides setFilmfacts_0's ("the spin-off drama Y", "the
// prequel sitcom Y").
var spinKindNouns = setOf("drama", "sitcom", "comedy", "miniseries", "docuseries", "special")

// spinChildVerbs, right after a name that follows a spin-off noun, make
// the name a person's ("the spin-off Dana Reyes directed").
var spinChildVerbs = setOf("directed", "wrote", "co-wrote", "produced", "created", "developed", "said", "says", "told",
	"stars", "starred", "plays", "played", "voices", "voiced", "is", "was", "has", "had", "who", "'s")

// spinTitleSlot reports whether the name at item j, after a spin-off or
// prequel noun at item k (and only kind nouns between), stands in a
// title's slot though it is shaped like a person's name: an article
// opens the phrase ("the spin-off Y", "the syndicated spin-off Y"), only
// kind nouns stand between ("the spin-off series Y"; not "called"), the
// name is no person's and no credit verb follows it.
func (p *pctx) spinTitleSlot(k, j int, rel kg.RelType) bool {
	if rel != kg.SpinOffOf && rel != kg.PrequelOf {
		return false
	}
	if !p.wIn(k-1, articles) && !(p.wIn(k-2, articles) && !p.isM(k-1) && isWordLike(p.w(k-1))) {
		return false
	}
	if p.priorType(j) == kg.Person || p.in(j+1, spinChildVerbs) {
		return false
	}
	for b := k + 1; b < j; b++ {
		if !p.in(b, spinKindNouns) && !p.in(b, apposedKindNouns) {
			return false // "a prequel called Y": the name is read as the other rules read it
		}
	}
	return true
}
