package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// pastPartDenied keeps who played a part when the sentence denies the new
// casting: "P, who played C in the original, will not return", "P, who
// voiced C, is not expected to appear". The cast rules drop such a claim
// (negatedCast); the relative clause still says P played C, so PORTRAYED
// P C is recorded. It runs after the sentence's cast rules (claims from
// index from on).
func (p *pctx) pastPartDenied(from int) {
	for s := 0; s+3 < len(p.it); s++ {
		if !p.isM(s) || p.w(s+1) != "," || p.w(s+2) != "who" || !p.isPersonLike(s) {
			continue
		}
		v := s + 3
		for n := 0; n < 2 && p.in(v, earlierPlayAdverbs); n++ {
			v++
		}
		if w := p.w(v); w != "played" && w != "voiced" && w != "portrayed" {
			continue
		}
		c := v + 1
		if !p.isM(c) {
			if c = p.nameAfterDescriptors(v+1, 3); c <= v+1 {
				continue
			}
		}
		if !p.isM(c+1) && isWordLike(p.w(c+1)) && p.isM(c+2) && castableName(p.mm(c+2)) {
			c += 2 // "the Ravager captain C": the name after the rank
		}
		cm := p.mm(c)
		if cm == nil || !castableName(cm) || cm.typ != "" && cm.typ != kg.Character || p.priorType(c) == kg.Person || p.w(c+1) == "'s" {
			continue
		}
		if !p.negatedCast(p.it[s].m) {
			continue
		}
		d := pclaim{rel: kg.Portrayed, subj: arg{m: p.it[s].m, of: -1, abs: true}, obj: arg{m: p.it[c].m, of: -1, abs: true}, char: noArg, sent: p.si}
		if p.hasClaim(from, d) {
			continue
		}
		p.typ(s, kg.Person, 3)
		cm.setType(kg.Character, 3)
		p.a.claims = append(p.a.claims, d)
	}
}
