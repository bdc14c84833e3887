package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// careerInVerbs say that P was in the cast of the title after "in" ("P
// most recently appeared in F", "P last starred in Q's F").
var careerInVerbs = setOf("appeared", "starred", "co-starred", "seen")

// turnUpVerbs open "P turned up in F".
var turnUpVerbs = setOf("turned", "turns", "showed", "shows", "popped", "pops")

// againWords may stand between "turned up" and "in" ("turned up once more
// in F").
var againWords = setOf("once", "more", "again", "briefly", "also")

// careerInAdverbs may stand between P and the verb of "P most recently
// appeared in F".
var careerInAdverbs = setOf("most", "recently", "last", "also", "was", "is", "has", "had", "been", "previously", "first",
	"later", "then", "once", "just", "currently", "lately", "memorably", "famously", "briefly")

// careerIn handles a credit in a title named in passing after an adverb
// or an owner: "P most recently appeared in Amazon's sci-fi thriller
// series F", "P last starred in Q's F", "P was most recently seen in F",
// "P starred in F, G and H", "P was also in Q's 1989 drama F", "P
// turned up once more in Q's F" (item i
// is P; "seen" needs "was"/"been" before it, a bare "in" an adverb or
// "back" between "was" and it). Each title is typed a film or names one through the noun
// before it; a title followed by "as" is left to the cast readers. It
// reports whether it claimed.
func (p *pctx) careerIn(i int) bool {
	v := i + 1
	copula := false
	for n := 0; n < 5 && (p.in(v, careerInAdverbs) || p.is(v, "back")); n++ {
		copula = copula || p.is(v, "was")
		v++
	}
	if p.in(v, turnUpVerbs) && p.is(v+1, "up") {
		v++ // "P turned up (once more) in F"
		for n := 0; n < 2 && p.in(v+1, againWords); n++ {
			v++
		}
	} else if copula && p.is(v, "in") && v > i+2 {
		v-- // "P was also in F", "P was back in F": the copula stands for the verb
	} else if !p.in(v, careerInVerbs) || p.is(v, "seen") && !p.is(v-1, "was") && !p.is(v-1, "been") && !p.is(v-1, "recently") {
		return false
	}
	if !p.is(v+1, "in") {
		return false
	}
	if !p.isPersonLike(i) || pcType(p.mm(i).typ) && p.mm(i).typ != kg.Person {
		return false
	}
	f := p.passingTitle(v + 2)
	if f < 0 || p.is(f+1, "as") {
		return false
	}
	p.typ(i, kg.Person, 3)
	for f >= 0 {
		p.mm(f).setType(kg.Film, 2)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: mArg(f)})
		f = p.nextListedFilm(f)
	}
	return true
}

// passingTitle returns the item of the title at item k of "in (the) F",
// "in Q's F" or "in Amazon's sci-fi thriller series F": an owner's
// possessive and up to four describing words or years, the last a film,
// series or genre noun, may stand before it. The title must be typed a film, or
// follow such a noun or hold a colon or a number ("Grid: Vesta", "Police
// Story 2") and be typed nothing else; else -1.
func (p *pctx) passingTitle(k int) int {
	if p.isM(k) && p.w(k+1) == "'s" && p.isM(k+2) {
		k += 2 // "Q's F"
	} else if p.isM(k) && p.w(k+1) == "'s" {
		k += 2 // "Amazon's sci-fi thriller series F"
	} else if p.is(k, "the") {
		k++
	}
	noun := false
	for n := 0; n < 4 && !p.isM(k) && (isWordLike(p.w(k)) && !p.wIn(k, partDescriberStops) || isYear(p.w(k))); n++ {
		noun = p.in(k, filmNouns) || p.in(k, seriesNouns) || p.in(k, genreNouns)
		k++
	}
	m := p.mm(k)
	if m == nil || m.quoted && m.typ == "" && !noun {
		return -1
	}
	if m.typ == kg.Film && m.strength >= 2 || (noun || m.colon || m.digit) && (m.typ == "" || m.typ == kg.Film) && !m.personShaped() {
		return k
	}
	return -1
}

// nextListedFilm returns the item of the next title of a list after the
// title at item f ("F (2019), G and H"): a comma or "and" (past a
// bracketed year) and a title typed a film; else -1.
func (p *pctx) nextListedFilm(f int) int {
	k := f + 1
	if p.w(k) == "(" && isYear(p.w(k+1)) && p.w(k+2) == ")" {
		k += 3
	}
	switch {
	case p.w(k) == "," && p.w(k+1) == "and":
		k += 2
	case p.w(k) == "," || p.w(k) == "and":
		k++
	default:
		return -1
	}
	if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "as" {
		return k
	}
	return -1
}
