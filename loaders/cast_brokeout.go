package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// brokeOut reads "P broke out in F" (item i is the person): the breakout
// part of an actor, written right after the name ("P broke out in F"),
// in a relative clause ("P, who broke out in Q's F,") or after a short
// appositive ("P, the award winner who broke out in F,"). The person
// acted in F. It reports whether it read one.
func (p *pctx) brokeOut(i int) bool {
	if n := p.w(i + 1); n != "," && n != "broke" {
		return false // (a cheap check first: this runs at every name)
	}
	if !p.isPersonLike(i) || p.in(i-1, setStructural_0) {
		return false
	}
	j := i + 1
	if p.w(j) == "," {
		k := j + 1
		for n := 0; n < 8 && k < len(p.it) && !p.isM(k) && p.w(k) != "who" && isWordLike(p.w(k)); n++ {
			k++
		}
		if p.w(k) != "who" {
			return false
		}
		j = k + 1
	}
	if p.w(j) != "broke" || p.w(j+1) != "out" || p.w(j+2) != "in" {
		return false
	}
	k := j + 3
	if p.isM(k) && p.w(k+1) == "'s" {
		if !p.isM(k+2) || p.isPersonLike(k+2) {
			return false
		}
		k += 2 // "in Q's F": the maker's film
	} else if p.isPersonLike(k) {
		return false
	}
	film, _, ok := p.filmRef(k, 2)
	if !ok || film.m < 0 && film.ana == anaNone {
		if f := p.describedFilmAfter(k); f >= 0 {
			film, ok = mArg(f), true
		}
	}
	if !ok || !film.valid() || film.m >= 0 && p.mm(int(film.m)) != nil && p.mm(int(film.m)).typ != kg.Film {
		return false
	}
	for n := k + 1; n < len(p.it); n++ {
		if !p.isM(n) && p.wIn(n, oppositeLaterCast) {
			return false // "P, who broke out in F, will play C": the clause's own credit comes first
		}
	}
	p.typ(i, kg.Person, 2)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: film, char: noArg})
	return true
}
