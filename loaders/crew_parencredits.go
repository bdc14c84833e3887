package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// parenCredits reads the titles in parentheses after a crew member's name
// ("Director P (F1, F2) will helm", "P (F1, F2, F3) directed all six
// episodes", "from a screenplay by P (F)"): each title gets the credit
// the job word before the name gives ("director P"), else P's crew credit
// claimed earlier in the sentence. Nothing is claimed for a name with no
// crew credit (an actor's parentheses name characters), nor when the
// parentheses hold anything but names, commas and "and" (a last plain
// word is dropped: "(F1, F2, Afterwards)" may end on an untyped word).
// The titles are left untyped: typing every title a crew member is known
// for a film can make one of them the article's topic film.
func (p *pctx) parenCredits(i int) {
	if p.w(i+1) != "(" || !p.isM(i+2) || !p.isPersonLike(i) {
		return
	}
	var films [8]int
	n := 0
	k := i + 2
	for ; k < len(p.it) && k < i+24; k++ {
		if p.isM(k) {
			m := p.mm(k)
			if pcType(m.typ) && m.strength >= 2 || m.typ == kg.Organisation || m.typ == kg.Franchise || pcType(p.priorType(k)) || p.w(k+1) == "'s" || n == len(films) {
				return
			}
			if m.typ == "" && m.personShaped() && givenNameShaped(m) {
				return // a person's or character's name
			}
			films[n] = k
			n++
			continue
		}
		switch p.w(k) {
		case ",", "and":
			continue
		case ")":
		default:
			if p.w(k+1) == ")" && p.w(k-1) == "," {
				continue // "(F1, F2, Afterwards)": an untyped last word
			}
			return
		}
		break
	}
	if p.w(k) != ")" || n == 0 {
		return
	}
	rel, job := p.parenCreditRel(i)
	if rel == "" {
		return
	}
	for _, f := range films[:n] {
		p.claim(pclaim{rel: rel, subj: mArg(i), obj: mArg(f), job: job})
	}
}

// parenCreditRel returns the crew credit (and WORKED_ON job) of the person
// at item i: the job word before the name, else the person's crew claim
// made earlier in the sentence; "" when neither says.
func (p *pctx) parenCreditRel(i int) (kg.RelType, string) {
	if !p.isM(i - 1) {
		if rel, job := p.crewNoun(i - 1); rel != "" {
			return rel, job
		}
	}
	pm := int32(p.mi(i))
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		cl := &p.a.claims[c]
		if cl.subj.m == pm && cl.subj.ana == 0 && (cl.rel == kg.Directed || cl.rel == kg.Wrote || cl.rel == kg.Produced || cl.rel == kg.WorkedOn) {
			return cl.rel, cl.job
		}
	}
	return "", ""
}
