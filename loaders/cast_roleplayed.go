package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// rolePlayedBefore handles a part's earlier film named in an appositive
// after it: "P returns as C, the role he first played in F and reprised
// in G", "as C, a character she last played in 2007's F". The actor this
// sentence's cast credits give part C (claims from index from on) acted
// in F (and G) as C. It runs after the sentence's cast rules.
func (p *pctx) rolePlayedBefore(from int) {
	for i := 3; i < len(p.it); i++ {
		if p.isM(i) || p.w(i-1) != "the" && p.w(i-1) != "a" || p.w(i-2) != "," || !p.isM(i-3) || !p.in(i, originPartNouns) {
			continue
		}
		v := i + 1
		if !p.in(v, subjectPronouns) && !(p.isM(v) && p.mm(v).pronoun) {
			continue
		}
		v++
		for n := 0; n < 2 && p.in(v, earlierPlayAdverbs); n++ {
			v++
		}
		if !p.in(v, earlierPlayVerbs) || p.w(v+1) != "in" {
			continue
		}
		actor := p.partActor(from, p.it[i-3].m)
		if actor < 0 {
			continue
		}
		f := p.earlierTitle(v + 2)
		if f < 0 {
			continue
		}
		films := []int{f}
		// "... in F and reprised in G"
		if k := f + 1; p.w(k) == "and" && p.in(k+1, earlierPlayVerbs) && p.w(k+2) == "in" {
			if g := p.earlierTitle(k + 3); g > 0 {
				films = append(films, g)
			}
		}
		for _, g := range films {
			p.mm(g).setType(kg.Film, 2)
			p.claim(pclaim{rel: kg.ActedIn, subj: arg{m: actor, of: -1, abs: true}, obj: mArg(g), char: arg{m: p.it[i-3].m, of: -1, abs: true}})
		}
	}
}

// earlierPlayAdverbs may stand between the pronoun and its verb in "the
// role he first played".
var earlierPlayAdverbs = setOf("first", "last", "originally", "previously", "once", "also", "had", "has")

// earlierPlayVerbs say an actor played a part.
var earlierPlayVerbs = setOf("played", "voiced", "originated", "portrayed", "reprised", "created")

// partActor returns the mention of the actor a cast claim of this
// sentence (index from on) gives the part mention c, or -1.
func (p *pctx) partActor(from int, c int32) int32 {
	for _, o := range p.a.claims[from:] {
		if o.rel == kg.ActedIn && o.char.abs && o.char.m == c && o.subj.abs && o.subj.m >= 0 {
			return o.subj.m
		}
	}
	return -1
}

// earlierTitle returns the item of the film named at item k after "in"
// ("F", "2007's F", "the original F", "the 2016 film F"), or -1: the
// title must be typed a film or shaped like one (creditTitle).
func (p *pctx) earlierTitle(k int) int {
	if isYear(p.w(k)) && p.w(k+1) == "'s" {
		k += 2
	} else if p.w(k) == "the" && p.in(k+1, earlierAdj) && p.isM(k+2) {
		k += 2
	}
	return p.creditTitle(k)
}
