package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// clauseOpeningVerbs, right after a name that follows "and" in a list of
// credited names, make the name the subject of a new clause, not one more
// name of the list ("produced by A and B, and O distributed every
// installment"): finite verbs of crediting that take a film as object.
var clauseOpeningVerbs = setOf("distributed", "distributes", "released", "releases", "handles", "handled", "financed",
	"finances", "co-produced", "co-produces", "produces", "directed", "directs", "wrote", "writes", "composed", "scored",
	"shot", "edited", "acquired", "bought")

// crewVerbSeries reads ", V2 and V3" (or ", V2, V3 and V4") of crew verbs
// at item k, right after a first crew verb, and returns the item after
// the last verb, where the object they share starts ("wrote, directed and
// edited all three films"); it returns k when no such series stands there.
func (p *pctx) crewVerbSeries(k int) int {
	if p.w(k) != "," || !p.seriesCrewVerb(k+1) {
		return k
	}
	n := k + 1
	for n < k+8 {
		switch {
		case p.w(n+1) == "and" && p.seriesCrewVerb(n+2):
			return n + 3
		case p.w(n+1) == "," && p.w(n+2) == "and" && p.seriesCrewVerb(n+3):
			return n + 4
		case p.w(n+1) == "," && p.seriesCrewVerb(n+2):
			n += 2
		default:
			return k
		}
	}
	return k
}

// seriesCrewVerb reports whether item n is a past-tense or present crew
// verb that may stand in a series of them (not a mention).
func (p *pctx) seriesCrewVerb(n int) bool {
	return !p.isM(n) && (p.crewVerbAt(n) || p.w(n) == "edited")
}

// crewSeriesClaims credits each subject with the film obj for every crew
// verb among items from to end (the second and later verbs of a series
// crewVerbSeries read).
func (p *pctx) crewSeriesClaims(subjects []int, from, end int, obj arg) {
	for n := from; n < end; n++ {
		if !p.seriesCrewVerb(n) {
			continue
		}
		rel, job := seriesVerbRel(p.w(n))
		if rel == "" {
			continue
		}
		for _, s := range subjects {
			if m := p.mm(s); m.typ == kg.Person {
				p.claim(pclaim{rel: rel, subj: mArg(s), obj: obj, job: job})
			}
		}
	}
}

// seriesVerbRel returns the credit and job a crew verb w gives its
// subject ("directed": DIRECTED; "edited": WORKED_ON as editor), or "".
func seriesVerbRel(w string) (kg.RelType, string) {
	switch {
	case directVerbs[w] || w == "directed" || w == "co-directed":
		return kg.Directed, ""
	case writeVerbs[w] && w != "handles" && w != "handling" && w != "handled":
		return kg.Wrote, ""
	case produceVerbs[w] || w == "produced" || w == "co-produced":
		return kg.Produced, ""
	case composeVerbs[w]:
		return kg.WorkedOn, "composer"
	case shootVerbs[w]:
		return kg.WorkedOn, "cinematographer"
	case w == "edited":
		return kg.WorkedOn, "editor"
	}
	return "", ""
}

// distributedObject reports whether "O distributed" stands before a film
// the claim can name at item k: a title or "the film" (filmRef), or the
// end of the clause ("Paramount distributed, ...") or a region adverb
// ("distributed overseas"); not before several
// films ("distributed the previous two films") or "by".
func (p *pctx) distributedObject(k int) bool {
	switch p.w(k) {
	case ",", ".", ";", "", "internationally", "domestically", "overseas", "worldwide", "abroad", "theatrically":
		return true // ("Warner Bros. distributed overseas")
	case "by", "in":
		return false
	}
	_, _, ok := p.filmRef(k, 2)
	return ok
}

// personalOwner reports whether the one-word owner at item i of "X's F"
// reads as a person's name, not a company's: a given name ("Mira's
// Peak") or a surname after a name particle ("Ivo van Rees's F").
func (p *pctx) personalOwner(i int) bool {
	return isGivenName(p.w(i)) || !p.isM(i-1) && p.wIn(i-1, particles)
}

// namedSurname reports whether key is the last word of a personal name
// the article writes in full ("Vantreight" after "Ysella Vantreight"): a
// mention of two or more words typed a person or, untyped, led by a given
// name (unlike isPersonSurname, which needs the full name typed: a
// by-phrase may be read before the clause that types it).
func (a *article) namedSurname(key string) bool {
	for k := range a.ments {
		o := &a.ments[k]
		if o.words >= 2 && len(o.key) > len(key) && o.key[len(o.key)-len(key)-1] == ' ' && o.key[len(o.key)-len(key):] == key &&
			(o.typ == kg.Person || o.typ == "" && givenNameShaped(o)) {
			return true
		}
	}
	return false
}
