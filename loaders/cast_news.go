package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// newsBoardVerbs say in casting news that a person joined a production
// ("P has boarded F", "P joins F").
var newsBoardVerbs = setOf("boarded", "boards", "joined", "joins")

// newsTalksVerbs follow "in talks to" ("in talks to join F", "in
// negotiations to star").
var newsTalksVerbs = setOf("join", "star", "play", "return", "reprise", "co-star", "lead", "headline", "appear")

// newsAux may stand between the person and the casting verb.
var newsAux = setOf("has", "have", "had", "is", "are", "was", "also", "now", "officially", "reportedly", "been")

// castNews reads casting news at the person (item i): "P has boarded F",
// "P joined F", "P is in talks to join F", "P is in early negotiations to
// star", maybe with an appositive after the name ("P, the star of G, has
// boarded F"). The person acts in the production named after the verb,
// else in the one the clause is about. A crew word anywhere in the
// sentence ("has boarded F as director", "in talks to direct") gives
// none. It reports whether it read one.
func (p *pctx) castNews(i int) bool {
	if !(p.w(i+1) == "," || p.in(i+1, newsAux) || p.in(i+1, newsBoardVerbs)) {
		return false // (a cheap check first: this runs at every name)
	}
	if !p.isPersonLike(i) || p.in(i-1, setStructural_0) || p.w(i-1) == "and" || p.w(i-1) == "," && p.isM(i-2) {
		return false // (a later name of a list: "A and B are in talks")
	}
	j := i + 1
	if p.w(j) == "," {
		e := p.copulaAppositiveEnd(j + 1)
		if e < 0 {
			return false
		}
		j = e + 1
	}
	aux := 0
	for aux < 3 && !p.isM(j) && p.in(j, newsAux) {
		j, aux = j+1, aux+1
	}
	var film arg
	switch {
	case p.in(j, newsBoardVerbs) && aux > 0 || p.w(j) == "boards" || p.w(j) == "boarded":
		if p.isPersonLike(j+1) || p.isPersonLike(j+2) {
			return false // "P joins Q in F": the co-star rules
		}
		f, _, ok := p.filmRef(j+1, 2)
		if !ok || !f.valid() {
			return false // "P joined in 2023": nothing named
		}
		film = f
	case p.w(j) == "in" && (p.w(j+1) == "talks" || p.w(j+1) == "negotiations" || p.in(j+1, newsTalksAdj) && (p.w(j+2) == "talks" || p.w(j+2) == "negotiations")):
		k := j + 2
		if p.w(k) != "to" {
			k++
		}
		if p.w(k) != "to" || !p.in(k+1, newsTalksVerbs) {
			return false
		}
		if p.w(k+2) == "as" || p.w(k+2) == "the" && p.w(k+3) == "role" {
			return false // "in talks to return as C": the "as" readings name the part
		}
		if p.w(k+1) == "join" && !p.isPersonLike(k+2) && !p.isPersonLike(k+3) {
			if f, _, ok := p.filmRef(k+2, 2); ok && f.valid() {
				film = f
			}
		}
		if !film.valid() {
			film = p.topicFilm(k + 2)
		}
	default:
		return false
	}
	if !film.valid() {
		return false
	}
	for k := j + 1; k < len(p.it) && k < j+14 && !p.fallbackBoundary(k) && p.w(k) != ","; k++ {
		if p.w(k) == "as" {
			return false // "in talks to reprise her role as C": the "as" readings name the part
		}
	}
	for k := range p.it {
		if !p.isM(k) && (p.wIn(k, governedCrewWords) || p.wIn(k, newsCrewVerbs)) {
			return false
		}
	}
	p.typ(i, kg.Person, 2)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: film, char: noArg})
	return true
}

// newsTalksAdj qualify "in talks" ("in early talks", "in final
// negotiations").
var newsTalksAdj = setOf("early", "final", "advanced", "late", "initial", "serious")

// newsCrewVerbs make casting news crew news ("in talks to direct").
var newsCrewVerbs = setOf("direct", "write", "produce", "co-write", "helm", "pen", "score", "adapt", "showrun", "executive")
