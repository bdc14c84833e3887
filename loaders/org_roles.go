package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// orgRoleBefore reads "X agent C", "X flight director C": the body's
// mention at item t (an acronym, an organisation or a name with a body's
// head word), up to two describing words, a role noun (roleWords) and a
// character right after it (MEMBER_OF C → X, the role noun as role).
func (p *pctx) orgRoleBefore(t int) {
	n := t + 1
	for n < t+3 && !p.isM(n) && !roleWords[p.w(n)] && isWordLike(p.w(n)) {
		n++
	}
	if p.isM(n) || !roleWords[p.w(n)] || !p.isM(n+1) || p.w(n+2) == "'s" || !p.isCharacterItem(n+1) || !p.memberBody(t, false) {
		return
	}
	if p.w(t-1) == "'s" || p.w(t-1) == "the" && p.isM(t-2) {
		return // ("P's NASA chief C" reads as the person's; "the X's ...")
	}
	p.memberClaim(n+1, t, p.w(n))
}

// orgFromMember reads "C from the X": the character at item t comes from
// the body after "from the", an acronym or a name with a body's head
// word ("Agent Halder from the CIA"; MEMBER_OF C → X, role member).
func (p *pctx) orgFromMember(t int) {
	if p.w(t+1) != "from" || p.w(t+2) != "the" || !p.isM(t+3) || !p.isCharacterItem(t) || !p.memberBody(t+3, false) {
		return
	}
	p.memberClaim(t, t+3, "member")
}

// titledOrgMember reads "X Agent C" where the acronym X and the role
// noun stand before the character's mention but in no mention of their
// own (the title was left out of the character's name: "as FBI Agent
// Lee Harker"): MEMBER_OF C → the article's mention of X, when the
// article names X on its own elsewhere.
func (p *pctx) titledOrgMember(t int) {
	if t < 2 || p.isM(t-1) || p.isM(t-2) || !roleWords[p.w(t-1)] || !p.isCharacterItem(t) {
		return
	}
	if !isAcronymTok(&p.a.toks[p.it[t-2].t]) {
		return
	}
	key := p.w(t - 2)
	for mi := range p.a.ments {
		if m := &p.a.ments[mi]; m.key == key && m.allCaps && (m.typ == "" || m.typ == kg.Organisation) {
			m.setType(kg.Organisation, 2)
			p.claim(pclaim{rel: kg.MemberOf, subj: charOfItem(p, t), obj: arg{m: int32(mi), of: -1, abs: true}, role: p.w(t - 1)})
			return
		}
	}
}
