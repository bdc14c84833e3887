package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// debutLeads make "debut" a directing credit ("directing debut",
// "directorial debut").
var debutLeads = setOf("directing", "directorial")

// directingDebut reads the film an appositive calls a person's directing
// debut, "debut" at item k: "F, the directing debut of P" and "F, P's
// 1980 directing debut" (DIRECTED P → F). F is the name right before the
// appositive's comma, typed a film or an untyped title.
func (p *pctx) directingDebut(k int) {
	if p.w(k) != "debut" || !p.in(k-1, debutLeads) {
		return
	}
	b := k - 2 // back over "feature", a year, "the"
	for b >= 0 && !p.isM(b) && (p.w(b) == "feature" || p.w(b) == "first" || p.w(b) == "the" || isYear(p.w(b))) {
		b--
	}
	person := -1
	switch {
	case p.w(k+1) == "of" && p.isM(k+2) && p.isPersonLike(k+2):
		person = k + 2
	case p.w(b) == "'s" && p.isM(b-1) && p.isPersonLike(b-1):
		person, b = b-1, b-2
	}
	if person < 0 || p.w(b) != "," || !p.isM(b-1) {
		return
	}
	if f := p.mm(b - 1); !(f.typ == kg.Film || f.typ == "" && p.untypedTitle(b-1)) {
		return
	}
	p.typ(b-1, kg.Film, 2)
	p.typ(person, kg.Person, 3)
	p.claim(pclaim{rel: kg.Directed, subj: mArg(person), obj: mArg(b - 1)})
}
