package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// coCreditSentenceFilm returns the film of a shared-credit verb at item
// verb that names no film before its "with" ("F, a comedy that he
// co-wrote with Q", "from a screenplay he co-wrote with Q", "created by P
// with Q"): the one film this sentence's claims of rel already credit,
// or else the typed film right before ", which" or ", that" opening the
// verb's clause ("F, which she directed and co-wrote with Q"). ok is false
// when the sentence's claims of rel name no film or more than one.
func (p *pctx) coCreditSentenceFilm(rel kg.RelType, verb int) (arg, bool) {
	found := false
	var obj arg
	for k := len(p.a.claims) - 1; k >= 0 && p.a.claims[k].sent == p.si; k-- {
		c := &p.a.claims[k]
		if c.rel != rel || !c.obj.valid() {
			continue
		}
		if found && (c.obj.m != obj.m || c.obj.ana != obj.ana) {
			return noArg, false
		}
		found, obj = true, c.obj
	}
	if found {
		if obj.m >= 0 && p.a.ments[obj.m].typ != kg.Film || p.filmInClauseBefore(obj, verb) {
			return noArg, false
		}
		return obj, true
	}
	for k := verb - 1; k > 1 && k > verb-8; k-- {
		if p.isM(k) || p.w(k) == "." || p.w(k) == ";" {
			break
		}
		if (p.w(k) == "which" || p.w(k) == "that") && p.w(k-1) == "," {
			if m := p.mm(k - 2); m != nil && m.typ == kg.Film && m.strength >= 2 {
				return mArg(k - 2), true
			}
			break
		}
	}
	return noArg, false
}

// coCreditPartners returns the people of the list opening at item q after
// a shared credit's "with" ("with A, B and C"): q alone when the list
// holds nothing else person-like.
func (p *pctx) coCreditPartners(q int) []int {
	names, _ := p.listAfter(q)
	out := []int{q}
	for _, n := range names {
		if n != q && p.isPersonLike(n) && p.wIn(n+1, coPartnerEnds) {
			out = append(out, n)
		}
	}
	return out
}

// coPartnerEnds may follow a partner's name in the list after "with"
// (not a verb: "with A, and F opened in 2001").
var coPartnerEnds = setOf(",", "and", ".", ";", "", ")", "(", "in", "on", "for", "from")

// filmInClauseBefore reports whether the film x is named in this sentence
// before the verb at item verb with a comma between ("P, who developed F
// for O, created the new show with Q": F is the clause's, not the
// verb's).
func (p *pctx) filmInClauseBefore(x arg, verb int) bool {
	if x.m < 0 {
		return false
	}
	comma := false
	for k := verb - 1; k >= 0; k-- {
		if p.isM(k) && int32(p.mi(k)) == x.m {
			return comma
		}
		comma = comma || p.w(k) == ","
	}
	return false
}
