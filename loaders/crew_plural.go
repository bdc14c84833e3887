package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// pluralCrewNouns are the plural job nouns that may lead a list of the
// people who hold the job ("Editors A and B cut ...", "the
// cinematographers A and B").
var pluralCrewNouns = setOf("editors", "cinematographers", "composers", "producers", "co-producers", "writers",
	"screenwriters", "co-writers", "directors", "co-directors", "showrunners", "creators", "co-creators")

// pluralCrewLeads may stand before such a noun ("the", "its", "executive",
// "with").
var pluralCrewLeads = setOf("the", "its", "our", "executive", "with", "and", ",", "including", "included")

// pluralCrewList handles a plural job noun right before a list of two or
// more people (item t is the noun): "Editors A and B cut more than 100
// hours", "the crew included the cinematographers A and B", "executive
// producers A, B and C". Each person has that credit on the film at hand
// (or on F after "on F" closing the list). A noun after another person's
// possessive ("Q's editors") says nothing of which production.
func (p *pctx) pluralCrewList(t int) {
	if p.isM(t) || !p.in(t, pluralCrewNouns) || !p.isM(t+1) || p.w(t+2) != "and" && p.w(t+2) != "," {
		return // (the cheap shape test first)
	}
	if t > 0 && !p.in(t-1, pluralCrewLeads) {
		return
	}
	b := t - 1
	if p.w(b) == "executive" {
		b--
	}
	if p.w(b) == "the" && p.w(b-1) == "'s" || p.isM(b) {
		return
	}
	rel, job := p.crewNoun(t)
	if rel == "" {
		return
	}
	people, end := p.fallbackList(t + 1)
	if len(people) < 2 {
		return
	}
	for _, x := range people {
		if m := p.mm(x); m.typ != kg.Person && !(m.typ == "" && p.personish(x)) {
			return
		}
	}
	film := noArg
	if p.w(end) == "on" || p.w(end) == "of" {
		if m := p.mm(end + 1); m != nil && m.typ == kg.Film && m.strength >= 2 {
			film = mArg(end + 1)
		}
	}
	if !film.valid() {
		film = p.focusFilm()
	}
	for _, x := range people {
		p.typ(x, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(x), obj: film, job: job})
	}
}
