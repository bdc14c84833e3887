package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// starAppositive handles an actor described by a cast noun in an
// appositive (item i is the noun): "P, the shape-shifting star of F, G
// and H", "A and B, the stars of F", "P, a regular on the legal drama F",
// "Q, his F co-star". Each person named acted in each film.
func (p *pctx) starAppositive(i int) {
	if p.isM(i) || !p.in(i, castMemberNouns) {
		return
	}
	if p.in(i+1, castNounPreps) {
		d := p.determinerBefore(i)
		if d < 0 || p.w(d-1) != "," {
			return
		}
		people := p.appositiveOwners(d - 2)
		f := p.creditTitle(i + 2)
		if len(people) == 0 || f < 0 {
			return
		}
		p.castEach(people, append([]int{f}, p.coordCastFilms(f, true)...))
		return
	}
	// "Q, his F co-star": the film between the pronoun and the noun
	if f := i - 1; p.isM(f) && p.in(f-1, ownerPronouns) && p.w(f-2) == "," && p.isM(f-3) && p.w(i+1) != "'s" {
		if m := p.mm(f); p.creditTitle(f) != f && !(m.typ == "" && !m.personShaped() && !m.allCaps && p.priorType(f) == "") {
			return
		}
		if people := p.appositiveOwners(f - 3); len(people) > 0 {
			p.castEach(people, []int{f})
		}
	}
}

// castMemberNouns name a member of a cast.
var castMemberNouns = setOf("star", "stars", "co-star", "co-stars", "regular", "regulars", "castmate", "castmates", "lead", "leads")

// castNounPreps follow a cast noun before its film ("star of F", "a
// regular on F").
var castNounPreps = setOf("of", "on", "in")

// ownerPronouns own a co-star ("his F co-star").
var ownerPronouns = setOf("his", "her", "their")

// determinerBefore returns the item of the "the", "a" or "an" that opens
// the describing words before item i ("the restless, shape-shifting
// star"), or -1: at most five plain words or commas between.
func (p *pctx) determinerBefore(i int) int {
	for k, n := i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		w := p.w(k)
		if p.isM(k) {
			return -1
		}
		if w == "the" || w == "a" || w == "an" {
			return k
		}
		if !isWordLike(w) && w != "," || w == "and" || w == "who" {
			return -1
		}
	}
	return -1
}

// appositiveOwners returns the people an appositive describes when its
// name (or the last name of "A and B") is at item k: person-like mentions
// not owned by another name; nil when there are none.
func (p *pctx) appositiveOwners(k int) []int {
	if !p.isM(k) || !p.isPersonLike(k) || p.mm(k).typ == kg.Character {
		return nil
	}
	people := []int{k}
	if p.w(k-1) == "and" && p.isM(k-2) && p.isPersonLike(k-2) && p.mm(k-2).typ != kg.Character {
		people = append(people, k-2)
		k -= 2
	}
	if p.isM(k-1) || p.w(k-1) == "'s" {
		return nil
	}
	return people
}

// castEach gives each person ACTED_IN each film.
func (p *pctx) castEach(people, films []int) {
	for _, q := range people {
		p.typ(q, kg.Person, 3)
		for _, g := range films {
			p.mm(g).setType(kg.Film, 2)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(q), obj: mArg(g)})
		}
	}
}
