package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A check of the cast credits once the patterns have run: a person a
// sentence credits with a crew job ("with A and B producing", "with A and
// B as executive producers") and, through the same list, with a part-less
// cast credit, in a sentence with no word of acting, made the film and
// did not act in it.

// actingWords are the words of a sentence that speaks of acting: a cast
// credit without a part stands in such a sentence ("directs and stars").
var actingWords = setOf("starring", "stars", "star", "starred", "co-star", "co-stars", "co-starring", "co-starred",
	"cast", "casts", "role", "roles", "plays", "play", "played", "playing", "returning", "returns", "return", "returned",
	"reprise", "reprises", "reprising", "reprised", "features", "featuring", "featured", "headlined", "headlines",
	"appearance", "appearances", "appear", "appears", "appeared", "appearing", "portrays", "portray", "portrayed",
	"portraying", "voices", "voice", "voiced", "voicing", "opposite", "cameo", "cameos", "acted", "acts", "acting", "actor",
	"actors", "actress", "actresses", "lead", "leads", "ensemble", "credits", "filmography", "narrates", "narrated", "narrator", "hosts", "hosted", "host")

// crewRels are the crew credits that make a person a maker of the film.
var crewRels = map[kg.RelType]bool{kg.Produced: true, kg.Directed: true, kg.Wrote: true, kg.WorkedOn: true}

// dropCrewOnlyCastCredits withdraws each ACTED_IN claim without a part
// whose person mention, named in the claim's sentence, another claim of
// that sentence credits with a crew job (crewRels), when the sentence
// holds no acting word
// (actingWords): "Paxley Media is financing F, with A, B and C producing"
// credits A, B and C with producing F, not with acting in it. It returns
// nothing; claims change in place.
func (a *article) dropCrewOnlyCastCredits() {
	var crew map[[2]int32]bool // the person mentions a crew claim names, with the claim's sentence
	for i := range a.claims {
		if c := &a.claims[i]; crewRels[c.rel] && c.subj.abs && c.subj.m >= 0 {
			if crew == nil {
				crew = map[[2]int32]bool{}
			}
			crew[[2]int32{c.subj.m, c.sent}] = true
		}
	}
	if crew == nil {
		return
	}
	var drop []int
	acting := map[int32]bool{} // sentence -> it holds an acting word (looked up once)
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != kg.ActedIn || !c.subj.abs || c.subj.m < 0 || c.char.m >= 0 || !crew[[2]int32{c.subj.m, c.sent}] ||
			a.ments[c.subj.m].sent != c.sent {
			continue
		}
		si := c.sent
		has, ok := acting[si]
		if !ok {
			has = a.sentenceHasWord(int(si), actingWords)
			acting[si] = has
		}
		if !has {
			drop = append(drop, i)
		}
	}
	a.dropClaims(drop)
}

// sentenceHasWord reports whether a lower-case word of sentence si is in
// set.
func (a *article) sentenceHasWord(si int, set map[string]bool) bool {
	s := &a.sents[si]
	for k := s.a; k < s.b; k++ {
		if t := &a.toks[k]; t.kind == kWord && set[t.lower] {
			return true
		}
	}
	return false
}
