package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// newsParenCredit handles "P (F) has boarded ...", "P (F) and Q have been
// tapped to lead ...", "P (F) leads the show as C" (item i is P, item k the
// name in brackets): in casting news the brackets after a person hold an
// earlier credit of theirs, not a part, when a casting verb follows the
// person (or the list the person opens). P acted in F. A name in capitals
// in the brackets is the person's agency or network ("P (CAA) will play"),
// not a credit. It reports whether
// it read one; the casting statement itself is left to the other rules.
func (p *pctx) newsParenCredit(i, k int) bool {
	pm := p.mm(k)
	if k != i+2 || p.w(k+1) != ")" || pm == nil || pm.digit || pm.allCaps || pm.acronymLead || !p.isPersonLike(i) || pcType(pm.typ) || pcType(p.priorType(k)) ||
		pm.typ != "" && pm.typ != kg.Film || p.mm(i).typ == kg.Character {
		return false
	}
	// past the rest of the list the person opens ("and Q", ", Q (G) and R")
	j := k + 2
	for n := 0; n < 12 && j < len(p.it); n++ {
		if p.isM(j) || p.w(j) == "and" || p.w(j) == "," {
			j++
			continue
		}
		if p.w(j) == "(" && p.isM(j+1) && p.w(j+2) == ")" {
			j += 3
			continue
		}
		break
	}
	v, next := p.w(j), p.w(j+1)
	switch {
	case (v == "has" || v == "have") && newsParenAfterHas[next]:
	case v == "will" && newsParenAfterWill[next]:
	case newsParenVerbs[v]:
	default:
		return false
	}
	p.typ(i, kg.Person, 3)
	pm.setType(kg.Film, 2)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: mArg(k)})
	return true
}

// newsParenAfterHas follow "has"/"have" in a casting statement.
var newsParenAfterHas = setOf("boarded", "joined", "been", "signed")

// newsParenAfterWill follow "will" in a casting statement.
var newsParenAfterWill = setOf("play", "star", "lead", "join", "voice", "portray", "co-star", "headline")

// newsParenVerbs are casting verbs right after the person's list.
var newsParenVerbs = setOf("joins", "boards", "leads", "stars", "co-stars", "headlines")
