package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Acquisitions: "O acquired North American rights", "O, which picked up
// the rights last year, ...", "O has bought the international rights",
// "O acquired the film", "O bought it at Sundance", "F was picked up by
// O", "F was acquired out of the festival by O" (DISTRIBUTED O → the film
// the phrase names, else the sentence's film: a buyer of a finished
// film's rights releases it).

// acquireVerbs take a film or its rights as object; "picked" and
// "snapped" need "up".
var acquireVerbs = setOf("acquired", "acquires", "acquire", "acquiring", "bought", "buys", "picked", "snapped")

// acquireAux may stand between the company and its verb ("has acquired",
// "quickly picked up").
var acquireAux = setOf("has", "have", "had", "also", "then", "quickly", "later", "reportedly", "recently", "already",
	"since", "swiftly", "eventually", "which", "who", ",")

// acquireObjects, after "the", are a finished film as the acquisition's
// object ("acquired the film", "has acquired the new version").
var acquireObjects = setOf("film", "movie", "picture", "documentary", "series", "show", "feature", "version", "restoration",
	"sequel", "season", "seasons", "title")

// acquireRights credits the company at item i with the film whose rights
// or print it acquired (acquireVerbs, active after the company or passive
// before "by" and it).
func (p *pctx) acquireRights(i int) {
	film, ok := p.acquireAfter(i)
	if !ok {
		film, ok = p.acquiredBy(i)
	}
	if !ok {
		return // (the cheap shape test first: the vocabulary bits)
	}
	o := p.mm(i)
	if o.quoted || o.colon || o.world == kg.WorldFictional || o.typ != kg.Organisation && o.typ != "" || p.w(i+1) == "'s" ||
		pcType(p.priorType(i)) || givenNameShaped(o) {
		return
	}
	if !(o.typ == kg.Organisation && o.strength >= 2 || platformNames[o.key] || p.priorType(i) == kg.Organisation ||
		o.typ == "" && !o.personShaped() && orgish(o)) {
		return
	}
	if (p.w(i-1) == "and" || p.w(i-1) == ",") && p.isM(i-2) && p.isPersonLike(i-2) {
		return // ("Q, R and S bought the rights themselves": a list of people)
	}
	if !film.valid() {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(i), obj: film})
}

// acquireAfter reads "O (, which) (has) acquired|bought|picked up
// [North American] rights | the film | it | F" after the company at item
// i; it returns the film and whether the shape matched.
func (p *pctx) acquireAfter(i int) (arg, bool) {
	j := i + 1
	for n := 0; n < 3 && p.in(j, acquireAux); n++ {
		j++
	}
	if !p.in(j, acquireVerbs) {
		return noArg, false
	}
	if w := p.w(j); w == "picked" || w == "snapped" {
		if p.w(j+1) != "up" || p.isM(j+1) {
			return noArg, false
		}
		j++
	}
	k := j + 1
	if f, ok := p.namedFilm(k); ok {
		return f, true
	}
	if p.w(k) == "it" && !p.isM(k) {
		return p.creditFilm(k + 1), true
	}
	// "[the] [North American] [distribution] rights"
	r := k
	for n := 0; n < 5 && (p.in(r, rightsWords) || p.isM(r) && rightsName(p.mm(r).key) || p.isM(r) && p.mm(r).country); n++ {
		r++
	}
	if p.w(r) == "rights" && !p.isM(r) {
		if p.w(r+1) == "to" || p.w(r+1) == "for" {
			if f, ok := p.namedFilm(r + 2); ok {
				return f, true
			}
			return noArg, false // ("the rights to the novel")
		}
		return p.creditFilm(r + 1), true
	}
	if p.w(k) == "the" {
		a := k + 1
		for n := 0; n < 2 && p.in(a, releaseAdjectives); n++ {
			a++
		}
		if p.in(a, acquireObjects) && !p.isM(a+1) && p.w(a+1) != "rights" && p.w(a+1) != "'s" {
			return p.creditFilm(a + 1), true
		}
	}
	return noArg, false
}

// acquiredBy reads the passive "F was acquired|picked up [...] by O"
// before the company at item i: the film is the mention just before the
// auxiliary (or "it", "the film": the film at hand).
func (p *pctx) acquiredBy(i int) (arg, bool) {
	if p.w(i-1) != "by" || p.isM(i-1) {
		return noArg, false
	}

	v := -1
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if p.isM(k) && !(p.mm(k).country || rightsName(p.mm(k).key) || p.mm(k).typ == "" && (p.w(k-1) == "of" || p.w(k-1) == "in" || p.w(k-1) == "at")) ||
			p.w(k) == "," || p.w(k) == ";" {
			return noArg, false
		}
		if p.in(k, acquireVerbs) {
			v = k
			break
		}
	}
	if v < 1 || (p.w(v) == "picked" || p.w(v) == "snapped") && p.w(v+1) != "up" {
		return noArg, false
	}
	a := v - 1
	if p.w(a) == "later" || p.w(a) == "quickly" || p.w(a) == "eventually" {
		a--
	}
	if p.w(a) != "was" && p.w(a) != "were" && p.w(a) != "been" && p.w(a) != "is" {
		return noArg, false
	}
	if p.w(a) == "been" && (p.w(a-1) == "has" || p.w(a-1) == "had") {
		a--
	}
	s := a - 1
	if f := p.mm(s); f != nil && !f.quoted && (f.typ == kg.Film && f.strength >= 2 || f.typ == "" && p.priorType(s) == kg.Film) {
		return mArg(s), true
	}
	if p.w(s) == "it" || p.in(s, acquireObjects) && p.w(s-1) == "the" {
		return p.creditFilm(i + 1), true
	}
	return noArg, false
}
