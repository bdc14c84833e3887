package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// sharedWords open an appositive that holds for every name of the list
// before it ("A and B, both members of X", "A, B and C, all X agents").
var sharedWords = setOf("both", "all", "each")

// sharedMembership extends each MEMBER_OF this sentence claimed for a
// member followed by ", both" / ", all" / ", each" to the other
// characters of the list that ends with that member ("play Tang and Qin,
// both ranked members of X": Tang too), with the same body and role.
func (p *pctx) sharedMembership() {
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		cl := p.a.claims[c]
		if cl.rel != kg.MemberOf || !cl.subj.abs || cl.subj.m < 0 {
			continue
		}
		t := -1
		for i := range p.it {
			if p.isM(i) && p.mi(i) == int(cl.subj.m) {
				t = i
				break
			}
		}
		if t < 2 || p.w(t+1) != "," || !p.in(t+2, sharedWords) || p.w(t-1) != "and" && p.w(t-1) != "&" {
			continue
		}
		// the list before the member: "A and B", "A, B and C"
		for s := t - 2; s >= 0 && p.isM(s) && p.isCharacterItem(s); s -= 2 {
			x := cl
			x.subj = arg{m: int32(p.mi(s)), of: -1, abs: true}
			p.claim(x)
			if p.w(s-1) != "," && p.w(s-1) != "and" {
				break
			}
		}
	}
}
