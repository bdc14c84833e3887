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
		v := p.whoPlayedAt(s)
		if v < 0 {
			continue
		}
		c := v + 1
		if !p.isM(c) {
			if c = p.nameAfterDescriptors(v+1, 3); c <= v+1 {
				continue
			}
		}
		if !p.isM(c+1) && isWordLike(p.w(c+1)) && p.isM(c+2) && castableName(p.mm(c+2)) {
			c += 2 // "the Corsair captain C": the name after the rank
		}
		cm := p.mm(c)
		if cm == nil || !castableName(cm) || cm.typ != "" && cm.typ != kg.Character || p.priorType(c) == kg.Person || p.w(c+1) == "'s" {
			continue
		}
		if !p.negatedCast(p.it[s].m) {
			continue
		}
		pa, ca := arg{m: p.it[s].m, of: -1, abs: true}, arg{m: p.it[c].m, of: -1, abs: true}
		if p.earlierSeasonAt(c + 1) {
			// "P, who played C in the first season, does not return": the
			// denial is of the new season; P acted in the series at hand
			if e := (pclaim{rel: kg.ActedIn, subj: pa, obj: arg{m: -1, ana: anaSeries, of: -1, abs: true}, char: ca, sent: p.si}); !p.hasClaim(from, e) {
				p.a.claims = append(p.a.claims, e)
			}
		}
		d := pclaim{rel: kg.Portrayed, subj: pa, obj: ca, char: noArg, sent: p.si}
		if p.hasClaim(from, d) {
			continue
		}
		p.typ(s, kg.Person, 3)
		cm.setType(kg.Character, 3)
		p.a.claims = append(p.a.claims, d)
	}
}

// earlierSeasonAt reports whether the words from item k on close a
// relative clause with an earlier season of the series at hand: "in the
// first season", "in season 1", "in the first five seasons", "in the
// first series", "in the first run", then a comma or the sentence end.
func (p *pctx) earlierSeasonAt(k int) bool {
	if p.w(k) != "in" || p.isM(k+1) {
		return false
	}
	k++
	if p.w(k) == "season" || p.w(k) == "seasons" {
		// "in season 1", "in season one"
		if n := p.w(k + 1); !p.isM(k+1) && (p.in(k+1, numberWords) || len(n) > 0 && n[0] >= '1' && n[0] <= '9') {
			return p.w(k+2) == "," || p.w(k+2) == "."
		}
		return false
	}
	if p.w(k) != "the" {
		return false
	}
	k++
	if w := p.w(k); p.isM(k) || w != "first" && w != "earlier" && w != "previous" && w != "original" && w != "opening" {
		return false
	}
	k++
	if !p.isM(k) && p.in(k, numberWords) {
		k++ // "the first five seasons"
	}
	if w := p.w(k); p.isM(k) || w != "season" && w != "seasons" && w != "series" && w != "run" {
		return false
	}
	return p.w(k+1) == "," || p.w(k+1) == "."
}

// whoPlayedAt returns the index of the verb of "P, who [once] played" when
// item s is a person-like mention opening that relative clause ("played",
// "voiced" or "portrayed", after at most two adverbs such as "once" or
// "memorably"), or -1.
func (p *pctx) whoPlayedAt(s int) int {
	if !p.isM(s) || p.w(s+1) != "," || p.w(s+2) != "who" || !p.isPersonLike(s) {
		return -1
	}
	v := s + 3
	for n := 0; n < 2 && p.in(v, earlierPlayAdverbs); n++ {
		v++
	}
	if w := p.w(v); w != "played" && w != "voiced" && w != "portrayed" {
		return -1
	}
	return v
}
