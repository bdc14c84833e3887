package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// hypotheticalCues before a title say the film may never exist ("a
// possible X 4", "there will be no X 3", "a rumoured X 2").
var hypotheticalCues = setOf("possible", "potential", "hypothetical", "no", "rumoured", "rumored", "prospective", "theoretical")

// productionCues in a sentence that names a film say it is being made
// ("X 4 is in production", "filming on X 4 began").
var productionCues = setOf("production", "filming", "shooting", "greenlit", "greenlighted", "underway", "wrapped", "filmed", "shot")

// hypotheticalFilm reports whether every mention of the root entity e
// follows a hypothetical cue ("a possible X 4", "talk of a X 4", "no X
// 3") and no sentence naming e says it is in production: a film that
// takes no sequel or spin-off link.
func (a *article) hypotheticalFilm(e int) bool {
	if len(a.ents[e].mentions) == 0 {
		return false
	}
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		k := int(m.a) - 1
		for k >= 0 && (a.toks[k].lower == "a" || a.toks[k].lower == "an" || a.toks[k].lower == "the") {
			k--
		}
		if k < 0 {
			return false
		}
		w := a.toks[k].lower
		if !hypotheticalCues[w] && !(w == "of" && k > 0 && a.toks[k-1].lower == "talk") {
			return false
		}
	}
	for _, mi := range a.ents[e].mentions {
		s := a.sents[a.ments[mi].sent]
		for t := s.a; t < s.b && t < len(a.toks); t++ {
			if productionCues[a.toks[t].lower] {
				return false
			}
		}
	}
	return true
}

// filmLinkRel reports whether rel links two productions of a franchise.
func filmLinkRel(rel kg.RelType) bool {
	return rel == kg.SequelOf || rel == kg.PrequelOf || rel == kg.SpinOffOf
}
