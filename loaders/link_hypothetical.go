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
		if !hypotheticalCues[w] && !(w == "of" && k > 0 && a.toks[k-1].lower == "talk") && !a.askedExistence(k) {
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

// askedExistence reports whether item k is the "be" of a question asking
// whether a film will exist ("Will there be a X 3?", "Could there ever be
// a X 4?", "Is there going to be a X 2?"): a modal, then "there", then at
// most one adverb before "be"; or "is" (or "are"), "there", "going to".
func (a *article) askedExistence(k int) bool {
	if a.toks[k].lower != "be" {
		return false
	}
	t := k - 1
	if t > 2 && a.toks[t].lower == "to" && a.toks[t-1].lower == "going" {
		t -= 2 // "Is there going to be"
		return t > 0 && a.toks[t].lower == "there" && (a.toks[t-1].lower == "is" || a.toks[t-1].lower == "are")
	}
	if t > 0 && (a.toks[t].lower == "ever" || a.toks[t].lower == "really") {
		t--
	}
	return t > 0 && a.toks[t].lower == "there" && questionModals[a.toks[t-1].lower]
}

// questionModals open a question about what will happen ("will there be").
var questionModals = setOf("will", "would", "could", "should", "might", "can", "shall")

// filmLinkRel reports whether rel links two productions of a franchise.
func filmLinkRel(rel kg.RelType) bool {
	return rel == kg.SequelOf || rel == kg.PrequelOf || rel == kg.SpinOffOf
}
