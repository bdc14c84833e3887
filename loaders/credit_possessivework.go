package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possWorkHeads are the work nouns after "his"/"her"/"their" that name a
// film the owner made or acted in ("His debut, F", "her new film, F",
// "his next feature, F").
var possWorkHeads = setOf("debut", "film", "feature", "movie", "documentary", "picture")

// possDirectingLeads, right before "debut", make it a directing credit
// ("his directing debut", "his feature debut", "his studio debut").
var possDirectingLeads = setOf("directing", "directorial", "feature", "studio", "filmmaking")

// possActingLeads, right before "debut", make it an acting credit ("her
// film debut in F", "his television debut").
var possActingLeads = setOf("film", "screen", "television", "tv", "acting", "movie", "big-screen", "on-screen", "stage")

// possMakeVerbs, right before the pronoun, say its owner made the work
// ("took years to make his next film, F").
var possMakeVerbs = setOf("make", "makes", "made", "making", "direct", "directs", "directed", "directing", "shoot", "shot")

// possDirectorJobs and possActorJobs, right before a person's name, give
// the person's job ("director P", "actor P").
var possDirectorJobs = setOf("director", "filmmaker", "documentarian", "writer-director", "auteur", "documentary-maker")
var possActorJobs = setOf("actor", "actress", "star", "comedian")

// possessiveWork reads a work a possessive pronoun at item i gives its
// owner: "his/her/their [describers] NOUN, F", "NOUN was F", or a debut
// "with/in/on F". The owner is the nearest person named before in the
// sentence, else (the pronoun opening the sentence) the person opening a
// sentence before it. The credit is DIRECTED or ACTED_IN: a debut says
// which by its lead ("directing debut", "film debut"); otherwise the
// owner's job in the article (a job word before the name, the credits
// found so far) decides, and nothing is claimed when it is unknown.
func (p *pctx) possessiveWork(i int) {
	if w := p.w(i); w != "his" && w != "her" && w != "their" || p.isM(i) {
		return
	}
	j := p.pastFilmDescribers(i+1, false)
	if p.w(j+1) == "debut" && (possDirectingLeads[p.w(j)] || possActingLeads[p.w(j)]) {
		j++ // "his studio debut" ("studio" is no describer)
	}
	if !p.wIn(j, possWorkHeads) || j-i > 5 {
		return
	}
	lead := ""
	if p.w(j+1) == "debut" { // "his feature debut", "her film debut"
		lead = p.w(j)
		j++
	} else if p.w(j) == "debut" && j > i+1 {
		lead = p.w(j - 1)
	}
	f := j + 1
	switch nx := p.w(f); {
	case nx == "," || nx == "was" || nx == "is":
		f++
	case p.w(j) == "debut" && (nx == "with" || nx == "in" || nx == "on"):
		f++
		if isYear(p.w(f)) && p.w(f+1) == "'s" { // "with 2009's F"
			f += 2
		}
	default:
		return
	}
	m := p.mm(f)
	if m == nil || p.w(f+1) == "'s" || m.typ != kg.Film && m.personShaped() || !(m.typ == kg.Film || p.untypedTitle(f) ||
		m.typ == "" && p.w(j+1) == "," && (p.w(f+1) == "," || p.w(f+1) == "(")) {
		return // (an untyped name between the commas of "his debut, F," is the work)
	}
	owner := p.possOwner(i)
	if owner < 0 {
		return
	}
	rel := kg.RelType("")
	switch {
	case p.w(j) == "debut" && possDirectingLeads[lead]:
		rel = kg.Directed
	case p.w(j) == "debut" && possActingLeads[lead]:
		rel = kg.ActedIn
	default:
		rel = p.a.possOwnerJob(owner)
	}
	if rel == "" && (possMakeVerbs[p.w(i-1)] || p.w(j) == "feature" || p.w(j) == "documentary") {
		rel = kg.Directed // "to make his next film, F"; "His first feature, F"
	}
	if rel == "" {
		return
	}
	p.claim(pclaim{rel: rel, subj: arg{m: int32(owner), of: -1, abs: true}, obj: mArg(f)})
}

// possOwner returns the mention (article index) of the person a
// possessive pronoun at item i stands for, or -1: the nearest person
// before it in the sentence with no title between, else, for a pronoun
// opening the sentence, the person opening a sentence before.
func (p *pctx) possOwner(i int) int {
	for k := i - 1; k >= 0; k-- {
		if p.isM(k) {
			if p.w(k+1) == "'s" {
				return -1 // "his father's film": another's
			}
			if p.isPersonLike(k) {
				return int(p.it[k].m)
			}
			if full := p.a.surnameOfPerson(int(p.it[k].m)); full >= 0 {
				return full // "Tarbridge makes his studio debut"
			}
			if m := p.mm(k); m.typ == kg.Film || m.typ == kg.Organisation {
				return -1
			}
		}
	}
	if i != 0 {
		return -1
	}
	if o := p.prevOpeningPerson(); o >= 0 {
		return o
	}
	// the interviewee or the article's person, named by a pronoun
	// mention in the sentences before
	a := p.a
	for k := range p.it {
		if mi := int(p.it[k].m); mi >= 0 {
			for n := mi - 1; n >= 0 && int(a.ments[n].sent) >= int(p.si)-5; n-- {
				if a.ments[n].pronoun && a.ments[n].typ == kg.Person {
					return n
				}
			}
			break
		}
	}
	return -1
}

// possOwnerJob returns DIRECTED or ACTED_IN for the person of mention mi
// by the job word before a mention of the name ("director P") or the
// credits claimed for the name so far, when one job wins; else "".
func (a *article) possOwnerJob(mi int) kg.RelType {
	key := a.ments[mi].key
	same := func(k string) bool { // the name, or its surname
		return k == key || len(k) < len(key) && hasSuffixAfter(key, " ", k) || len(key) < len(k) && hasSuffixAfter(k, " ", key)
	}
	dir, act := 0, 0
	for k := range a.ments {
		m := &a.ments[k]
		if m.pronoun || !same(m.key) {
			continue
		}
		if t := int(m.a) - 1; t >= 0 {
			if l := a.toks[t].lower; possDirectorJobs[l] {
				dir++
			} else if possActorJobs[l] {
				act++
			}
		}
	}
	for c := range a.claims {
		cl := &a.claims[c]
		if cl.subj.m < 0 || int(cl.subj.m) >= len(a.ments) || !same(a.ments[cl.subj.m].key) {
			continue
		}
		switch cl.rel {
		case kg.Directed:
			dir++
		case kg.ActedIn:
			act++
		}
	}
	switch {
	case dir > 0 && act == 0:
		return kg.Directed
	case act > 0 && dir == 0:
		return kg.ActedIn
	}
	return ""
}
