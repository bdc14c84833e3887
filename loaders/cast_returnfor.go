package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// returnForLeads open "P came back for F", "P was back for F", "P
// returned for F" (item i+1 after the person).
var returnForLeads = setOf("came", "was", "is", "returned", "returns", "will")

// returnFor handles "P came back for F", "He was back for F in 2002", "P
// returned for F (2016)" (item i is the person): an actor the text has
// already credited with a part came back to act in F, a title typed a
// film. A person with no acting credit in the text may have come back to
// write or direct ("A and B returned for F"), so gives nothing.
func (p *pctx) returnFor(i int) {
	if !p.wIn(i+1, returnForLeads) {
		return
	}
	k := i + 1
	switch w := p.w(k); {
	case w == "came" && p.w(k+1) == "back", (w == "was" || w == "is") && p.w(k+1) == "back", w == "will" && p.w(k+1) == "return":
		k += 2
	case w == "returned" || w == "returns":
		k++
	default:
		return
	}
	if p.w(k) != "for" {
		return
	}
	f := p.mm(k + 1)
	if f == nil || p.w(k+2) == "'s" || !(f.typ == kg.Film && (f.strength >= 2 || f.colon) || f.typ == "" && (f.colon || p.priorType(k+1) == kg.Film)) || !p.isPersonLike(i) || !p.actedBefore(i) {
		return
	}
	f.setType(kg.Film, 2)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: mArg(k + 1)})
}

// actedBefore reports whether a claim made before this one credits the
// person at item i (by the same name key) with an acting part.
func (p *pctx) actedBefore(i int) bool {
	key := p.mm(i).key
	cl := p.a.claims
	for n := len(cl) - 1; n >= 0; n-- {
		if c := &cl[n]; c.rel == kg.ActedIn && c.subj.m >= 0 && int(c.subj.m) < len(p.a.ments) && p.a.ments[c.subj.m].key == key {
			return true
		}
	}
	return false
}
