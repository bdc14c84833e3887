package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// whoseKindFilm reads "P, whose [describers] KIND F" after the person at
// item i, one described work the whoseWorks nouns do not head ("whose
// submarine thriller F was a breakout", "whose 2013 debut F was a
// landmark", "whose last film, F, won"): P gets the credit of a job word
// before the name, an actor's when the article makes P an actor, else
// DIRECTED (not the credit of the main clause: "P, whose debut F won,
// co-wrote the script"). The title must follow a kind word and come before
// a verb of its own or a comma.
func (p *pctx) whoseKindFilm(i int) {
	if p.w(i+1) != "," || p.w(i+2) != "whose" || !p.isPersonLike(i) {
		return
	}
	k := p.pastPossessedDescribers(i + 3)
	if k <= i+3 {
		return
	}
	if !p.isM(k) && p.w(k) == "," && p.filmKindBefore(k) {
		k++ // "whose last film, F,"
	}
	if !p.isM(k) || !p.filmKindBefore(k) && !(p.w(k-1) == "," && p.filmKindBefore(k-1)) {
		return
	}
	if e := p.w(k + 1); p.isM(k+1) || e != "," && e != "was" && e != "is" && e != "won" && e != "earned" && e != "premiered" && e != "opened" && e != "became" && e != "had" && e != "(" {
		return
	}
	f := p.mm(k)
	if f.quoted && f.typ != kg.Film || f.typ != "" && f.typ != kg.Film || f.personShaped() && f.typ == "" && !f.colon && !f.digit && !p.a.headKeys[f.key] {
		return
	}
	rel, job := kg.RelType(""), ""
	if !p.isM(i - 1) {
		if r, j := p.crewNoun(i - 1); r == kg.Directed || r == kg.Wrote || r == kg.WorkedOn {
			rel, job = r, j // "cinematographer P, whose ..."
		} else if possActorJobs[p.w(i-1)] {
			rel = kg.ActedIn
		}
	}
	if rel == "" {
		rel = kg.Directed
		if p.a.possOwnerJob(p.mi(i)) == kg.ActedIn {
			rel = kg.ActedIn // an actor's breakout thriller
		}
	}
	p.typ(i, kg.Person, 3)
	f.setType(kg.Film, 2)
	p.claim(pclaim{rel: rel, subj: mArg(i), obj: mArg(k), job: job})
}
