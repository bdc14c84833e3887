package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// oppositeFilmCredits gives the co-stars after "opposite" a part in a
// film the sentence names when no cast claim of the clause carries one
// (coStarCredits reads those): "opposite Q in F", "in Tobin Hale's
// F (2008), opposite Q", "the indie thriller F, opposite Q", "F, where he
// played C opposite Q". The film is the title after "in" right after the
// co-stars, else the latest film typed before "opposite" in the sentence
// with no semicolon between. Only "opposite" reads so ("alongside" names
// co-producers as often). Claims from item from on are the sentence's.
func (p *pctx) oppositeFilmCredits(from int) {
	end := len(p.a.claims)
	if len(p.it) > careerSentenceItems {
		return
	}
	for k := range p.it {
		if p.isM(k) || p.w(k) != "opposite" || !p.isM(k+1) {
			continue
		}
		if c := p.clauseCastClaim(from, end, k); c >= 0 && p.a.claims[c].obj.valid() {
			continue // coStarCredits gives the claim's film
		}
		people := p.coStarList(k + 1)
		if len(people) == 0 || p.makerWordBetween(0, k) {
			continue
		}
		f := -1
		if l := people[len(people)-1]; p.w(l+1) == "in" {
			if f = p.earlierTitle(l + 2); f < 0 {
				continue // "opposite Q in <a name not read as a title>"
			}
		} else {
			for b := k - 1; b >= 0 && p.w(b) != ";" && p.w(b) != "."; b-- {
				if m := p.mm(b); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(b+1) != "'s" {
					f = b
					break
				}
			}
		}
		if f < 0 || p.partAfter(people[len(people)-1]+1) {
			continue
		}
		film := p.conv(mArg(f))
		for _, q := range people {
			if m := p.mm(q); m.words < 2 && m.typ != kg.Person && p.priorType(q) != kg.Person {
				continue
			}
			if r, _ := participleCredit(p.w(q + 1)); r != "" && r != kg.ActedIn {
				continue // "opposite A and B directing": B is crew
			}
			d := pclaim{rel: kg.ActedIn, subj: arg{m: p.it[q].m, of: -1, abs: true}, obj: film}
			if !p.hasClaim(from, d) {
				p.typ(q, kg.Person, 3)
				p.mm(f).setType(kg.Film, 2)
				p.claim(d)
			}
		}
	}
}

// partAfter reports whether a character or an acting verb follows from
// item k to the end of the sentence ("P, who broke out opposite Q in F,
// would play C"): the sentence casts someone else, and a lone cast claim
// of the co-star would be given that part.
func (p *pctx) partAfter(k int) bool {
	for ; k < len(p.it); k++ {
		if m := p.mm(k); m != nil && m.typ == kg.Character || !p.isM(k) && (p.wIn(k, describedPartVerbs) || p.w(k) == "named") {
			return true
		}
	}
	return false
}
