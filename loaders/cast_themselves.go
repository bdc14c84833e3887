package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// selfCameo handles people who appear as themselves in a named title
// (item i is the reflexive): "A and B will make cameos as themselves in
// F", "P appears as herself in F". The people of the clause's subject
// (listBefore the verb, past an appositive) acted in F.
func (p *pctx) selfCameo(i int) {
	if p.w(i-1) != "as" || p.w(i+1) != "in" && p.w(i+1) != "on" || !p.in(i, selfWords) {
		return
	}
	v := i - 2
	if !p.in(v, selfCueWords) {
		return
	}
	f := p.earlierTitle(i + 2)
	if m := p.mm(i + 2); f < 0 && m != nil && (m.typ == "" || m.typ == kg.Film) && !m.country && (p.priorType(i+2) == "" || p.priorType(i+2) == kg.Film) && p.w(i+3) != "'s" {
		f = i + 2 // "as themselves in Pit Lane Live": only a production is appeared in
	}
	if f < 0 {
		return
	}
	// "make cameos", "makes a brief appearance": back to the verb
	for n := 0; n < 3 && v > 0 && (p.in(v-1, selfCueWords) || p.w(v-1) == "a" || p.w(v-1) == "brief" || p.w(v-1) == "make" || p.w(v-1) == "makes" || p.w(v-1) == "made"); n++ {
		v--
	}
	b := v
	for b > 0 && p.in(b-1, auxWords) {
		b--
	}
	if p.w(b-1) == "," {
		// "A and B, regulars on F, will make": over the appositive
		for k := b - 2; k > 0 && k > b-12; k-- {
			if !p.isM(k) && p.w(k) == "," {
				b = k + 1
				break
			}
		}
	}
	for _, n := range p.listBefore(b) {
		if m := p.mm(n); !p.isPersonLike(n) || m.typ != kg.Person && !givenNameShaped(m) {
			continue // "Drivers A": a name with a noun glued on
		}
		p.typ(n, kg.Person, 3)
		p.mm(f).setType(kg.Film, 2)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: mArg(f)})
	}
}

// selfWords are the reflexives of "as themselves".
var selfWords = setOf("themselves", "himself", "herself")

// selfCueWords say someone appears before "as themselves".
var selfCueWords = setOf("cameo", "cameos", "appearance", "appearances", "appear", "appears", "appeared", "appearing", "star", "stars", "starring", "feature", "features", "featured")
