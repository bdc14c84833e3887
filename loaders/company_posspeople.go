package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// companyPersonWork credits the company at item t whose possessive owns a
// person's film: "Quillon Pictures' Dal Orren comedy The Copper Lantern",
// "Touchstone's Dal Orren comedy "F"" and the appositive "F, Quillon
// Pictures' Dal Orren comedy pairing A and B" (DISTRIBUTED: the studio
// that puts out the star's or the filmmaker's work). The company is typed
// an organisation or ends in a company word; the name after the possessive
// is a person's (typed so, or a given name first), then one or two plain
// words, the last a work noun ("comedy", "action thriller"); the title is
// the film named right after them, or, for the appositive, the film
// before the comma, typed a film for certain.
func (p *pctx) companyPersonWork(t int) {
	if p.w(t+1) != "'s" || !p.isM(t+2) {
		return // (the cheap shape test first)
	}
	o := p.mm(t)
	if o.quoted || o.world == kg.WorldFictional || pcType(p.priorType(t)) ||
		!(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && o.words >= 2 && inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), "."))) {
		return
	}
	pm := p.mm(t + 2)
	if pm.quoted || !(pm.typ == kg.Person || pm.typ == "" && givenNameShaped(pm)) {
		return
	}
	k := t + 3
	for n := 0; n < 2 && !p.isM(k) && isWordLike(p.w(k)) && !ownedWorkNoun(p.w(k)); n++ {
		k++
	}
	if p.isM(k) || !ownedWorkNoun(p.w(k)) {
		return
	}
	for !p.isM(k+1) && ownedWorkNoun(p.w(k+1)) {
		k++ // "action thriller"
	}
	f := -1
	if m := p.mm(k + 1); m != nil && (m.typ == kg.Film || m.typ == "" && (m.quoted || p.untypedTitle(k+1))) {
		f = k + 1 // "O's P comedy F"
	} else if !p.isM(k+1) && p.w(t-1) == "," && p.isM(t-2) && p.mm(t-2).typ == kg.Film && p.mm(t-2).strength >= 2 {
		f = t - 2 // "F, O's P comedy pairing ..."
	}
	if f < 0 {
		return
	}
	p.mm(f).setType(kg.Film, 2)
	o.setRealOrg()
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: mArg(f)})
}
