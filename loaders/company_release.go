package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Company release verbs: "O handled the theatrical release", "O released
// it in North America", "with O carrying it internationally", "O will
// carry the show", "O co-distributes", "O has U.S. rights" (DISTRIBUTED O
// → the film the verb names, else the film at hand).

// releaseHandleVerbs take the release itself as object ("handled the
// theatrical release", "is handling the rest of the world").
var releaseHandleVerbs = setOf("handled", "handles", "handle", "handling")

// releaseObjectNouns end the object of releaseHandleVerbs ("the
// theatrical release", "international distribution", "the rest of the
// world", "most international markets", "international sales": a sales
// agent distributes).
var releaseObjectNouns = setOf("release", "releases", "distribution", "rollout", "world", "markets", "territories",
	"overseas", "internationally", "abroad", "sales")

// releaseFilmVerbs take the film as object ("released it", "will carry
// the show").
var releaseFilmVerbs = setOf("released", "releases", "release", "releasing", "carry", "carries", "carried", "carrying",
	"distributed", "distributes", "distribute", "distributing", "co-distributes", "co-distributed", "co-distribute")

// releaseBareVerbs need no object ("Miramax co-distributes.").
var releaseBareVerbs = setOf("co-distributes", "co-distributed", "co-distribute", "distributes", "distribute", "distributing")

// rightsVerbs hold a film's distribution rights ("O has U.S. rights").
var rightsVerbs = setOf("has", "have", "holds", "hold", "held", "took", "takes", "taken")

// releaseObjects, after "the" (or alone), are the film at hand as a
// release verb's object ("released the film", "carried the first three
// seasons").
var releaseObjects = setOf("film", "movie", "picture", "series", "show", "sequel", "season", "seasons", "feature",
	"features", "title", "it", "documentary", "docuseries", "miniseries")

// companyRelease reads a release verb after the company at item i.
func (p *pctx) companyRelease(i int) {
	o := p.mm(i)
	if o.quoted || o.colon || o.world == kg.WorldFictional || o.typ != kg.Organisation && o.typ != "" {
		return
	}
	j := i + 1
	if p.w(j) == "'s" || p.relativeObjectCompany(i) {
		return // ("F, which O distributed": companyWhichObject reads it)
	}
	if p.w(j) == "," && p.w(j+1) == "which" {
		// "O, which picked up the rights last year, will release the
		// film": the verb after the relative clause
		for k := j + 2; k < len(p.it) && k < j+20; k++ {
			if p.w(k) == "," {
				j = k + 1
				break
			}
			if p.w(k) == "." || p.w(k) == ";" || p.w(k) == "" {
				return
			}
		}
	}
	for n := 0; n < 4 && p.in(j, crewAux) && !p.isM(j); n++ {
		j++
	}
	if (p.w(j) == "produced" || p.w(j) == "co-produced" || p.w(j) == "financed") && p.w(j+1) == "and" && p.wIn(j+2, releaseFilmVerbs) {
		j += 2 // "O produced and distributed the picture"
	}
	w := p.w(j)
	if p.isM(j) || !(p.in(j, releaseHandleVerbs) || p.in(j, releaseFilmVerbs) || p.in(j, rightsVerbs)) {
		return // (the cheap shape test first: the vocabulary bits)
	}
	if !(o.typ == kg.Organisation && o.strength >= 2 || platformNames[o.key] || p.priorType(i) == kg.Organisation ||
		o.typ == "" && !o.personShaped() && orgish(o) || p.plainCompanySubject(i) && !releaseHandleVerbs[w] && !rightsVerbs[w]) {
		return
	}
	film := noArg
	switch {
	case releaseHandleVerbs[w]:
		// "handled the theatrical release", "handling the rest of the world"
		k := j + 1
		for n := 0; n < 5 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, releaseObjectNouns); n++ {
			k++
		}
		if !p.wIn(k, releaseObjectNouns) || p.isM(k) {
			return
		}
		film = p.releasedFilm(k + 1)
		if p.w(k) == "sales" && p.w(k+1) != "of" {
			film = p.creditFilm(k + 1) // ("Q handles international sales": the film at hand)
		}
	case rightsVerbs[w]:
		// "O has U.S. rights", "O holds the streaming rights"
		k := j + 1
		for n := 0; n < 4 && p.w(k) != "rights" && ((isWordLike(p.w(k)) || p.w(k) == ".") && !p.isM(k) || p.isM(k) && p.mm(k).typ != kg.Film && p.mm(k).typ != kg.Person); n++ {
			k++ // ("U.S. rights": a place name in the span)
		}
		if p.w(k) != "rights" || p.isM(k) || p.w(k+1) == "to" && !p.isM(k+2) {
			return // ("the rights to the novel")
		}
		if p.w(k+1) == "to" {
			film, _ = p.namedFilm(k + 2)
		} else {
			film = p.releasedFilm(k + 1)
		}
	default:
		k := j + 1
		if f, ok := p.namedFilm(k); ok {
			film = f
		} else if p.w(k) == "it" || p.w(k) == "the" && p.releaseObjectAfter(k+1) {
			film = p.releasedFilm(k)
		} else if releaseBareVerbs[w] && (p.w(k) == "." || p.w(k) == "," || p.w(k) == "" || p.w(k) == "in" || p.w(k) == "worldwide" || p.w(k) == "internationally") {
			film = p.releasedFilm(k)
		} else {
			return
		}
	}
	if !film.valid() {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(i), obj: film})
}

// namedFilm returns the film named at item k (a mention typed a film,
// maybe after "the"), if any.
func (p *pctx) namedFilm(k int) (arg, bool) {
	if p.w(k) == "the" && p.isM(k+1) {
		k++
	}
	if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "'s" {
		return mArg(k), true
	}
	return noArg, false
}

// releasedFilm returns the film a release phrase ending before item k is
// about: "of F" after it, else this sentence's last PRODUCED or
// DISTRIBUTED claim's film, else the film at hand.
func (p *pctx) releasedFilm(k int) arg {
	if p.w(k) == "of" {
		if f, ok := p.namedFilm(k + 1); ok {
			return f
		}
	}
	return p.sentenceFilm(k)
}

// releaseAdjectives may stand before a releaseObjects noun ("the first
// three seasons", "the new film").
var releaseAdjectives = setOf("first", "second", "third", "new", "original", "earlier", "two", "three", "four", "five",
	"entire", "whole", "latest", "final", "last")

// releaseObjectAfter reports whether the items from k are a
// releaseObjects noun after at most two releaseAdjectives.
func (p *pctx) releaseObjectAfter(k int) bool {
	for n := 0; n < 2 && p.in(k, releaseAdjectives); n++ {
		k++
	}
	return p.in(k, releaseObjects) && !p.isM(k)
}
