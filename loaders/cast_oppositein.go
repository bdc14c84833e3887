package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// oppositeIn reads "opposite Q in F" from the co-star's side (item i is
// the first name after "opposite"): whatever the clause's own subject
// ("was most recently seen opposite Q in the miniseries F", "He was a
// general, C, opposite Q in the thriller F"), the people after
// "opposite" acted in F, the film named right after them, maybe behind
// describing words ("in the Cold War thriller F", "in Netflix's thriller
// series F"). coStarCredits reads the lists whose clause holds a cast
// claim; this one needs the film after the list. A crew word before the
// cue gives none. It reports whether it read one.
func (p *pctx) oppositeIn(i int) bool {
	if p.w(i-1) != "opposite" {
		return false
	}
	people := p.coStarList(i)
	if len(people) == 0 {
		return false
	}
	l := people[len(people)-1]
	if p.w(l+1) != "in" {
		return false
	}
	for k := l + 2; k < len(p.it) && k < l+9; k++ {
		if p.isM(k) {
			if p.in(k+1, oppositeTitleGlue) && p.isM(k+2) {
				return false // "in The Chase for Silver Cove" read as two names: no whole title
			}
			break
		}
	}
	film, _, ok := p.filmRef(l+2, 2)
	if !ok || !film.valid() {
		if f := p.describedFilmAfter(l + 2); f >= 0 {
			film, ok = mArg(f), true
		}
	}
	if !ok || !film.valid() || p.makerWordBetween(-1, i) {
		return false
	}
	for k := l + 2; k < len(p.it); k++ {
		if !p.isM(k) && (p.wIn(k, oppositeLaterCast) || p.w(k) == "opposite") {
			return false // "..., where she played C": the part is the subject's, which other readings take
		}
	}
	for _, q := range people {
		p.typ(q, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(q), obj: film})
	}
	return true
}

// oppositeTitleGlue join two names of one title the mention finder split.
var oppositeTitleGlue = setOf("for", "of", "from", "to", "with", "at", "on")

// oppositeLaterCast are the cast words after "opposite Q in F" that give
// the clause's subject a part the co-star must not take.
var oppositeLaterCast = setOf("play", "plays", "played", "playing", "as", "role", "part", "voiced", "voices", "star", "stars")

// describedFilmAfter returns the item of a title after "the" and at most
// four describing words or names ending in a film or series noun ("the
// Cold War thriller F", "Netflix's thriller series F"), typing it a
// film; -1 when there is none.
func (p *pctx) describedFilmAfter(j int) int {
	if p.w(j) == "the" {
		j++
	} else if p.isM(j) && p.w(j+1) == "'s" && p.mm(j).typ == kg.Organisation {
		j += 2
	} else {
		return -1
	}
	for n := 0; n < 5 && j < len(p.it); n++ {
		if !p.isM(j) && (p.in(j, filmNouns) || p.in(j, seriesNouns) || p.in(j, genreNouns)) && p.isM(j+1) {
			m := p.mm(j + 1)
			if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation && m.strength >= 2 {
				return -1
			}
			m.setType(kg.Film, 2)
			return j + 1
		}
		if !p.isM(j) && !isWordLike(p.w(j)) {
			return -1
		}
		j++
	}
	return -1
}
