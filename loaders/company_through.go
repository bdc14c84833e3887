package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// throughOwners are the words between "through" and the company a
// producer works through ("through his company X", "through their X
// banner", "under the X banner").
var throughOwners = setOf("his", "her", "their", "its", "the")

// throughBanner credits, for each person the sentence credits as a
// producer of a film, the company they produce it through with the same
// film (when they all produce one film): "P produced through his X banner", "P served as an executive
// producer through her company, X", "P is back as producer through her X
// Productions banner", "P produced with Q under the X banner". The company
// is a name after "through", "via" or "under" (and an owner word) that is
// a company by its words or type, or that a company noun ("company",
// "banner", "shingle") stands before or after. claims0 is the number of
// the article's claims before the sentence's rules ran.
func (p *pctx) throughBanner(claims0 int) {
	cs := p.a.claims[claims0:]
	subj, obj := -1, noArg
	for k := range cs {
		c := &cs[k]
		if c.rel != kg.Produced || c.subj.m < 0 || p.a.ments[c.subj.m].typ != kg.Person || !c.obj.valid() {
			continue
		}
		if subj >= 0 && c.obj != obj {
			return // "P, who produced F1, is producing F2 through X": which film?
		}
		subj, obj = int(c.subj.m), c.obj
	}
	if subj < 0 {
		return
	}
	for k := range p.it {
		if w := p.w(k); w != "through" && w != "via" && w != "under" || p.isM(k) {
			continue
		}
		o := k + 1
		for p.in(o, throughOwners) {
			o++
		}
		nounBefore := false
		for p.in(o, companyNouns) {
			o, nounBefore = o+1, true
		}
		if nounBefore && p.w(o) == "," {
			o++ // "through his company, X"
		}
		m := p.mm(o)
		if m == nil || p.mi(o) == subj || m.quoted || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film && m.strength >= 2 {
			continue
		}
		nounAfter := p.w(o+1) == "banner" || p.w(o+1) == "company" || p.w(o+1) == "shingle"
		if !(nounBefore || nounAfter || orgish(m)) || p.w(k) == "under" && !nounAfter {
			continue // "under X" alone may be anything ("under Q's direction")
		}
		m.setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: arg{m: int32(p.mi(o)), of: -1, abs: true}, obj: obj})
		return
	}
}
