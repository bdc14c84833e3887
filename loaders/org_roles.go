package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// orgRoleBefore reads "X agent C", "X flight director C": the body's
// mention at item t (an acronym, an organisation or a name with a body's
// head word), up to two describing words, a role noun (roleWords) and a
// character right after it (MEMBER_OF C → X, the role noun as role).
func (p *pctx) orgRoleBefore(t int) {
	n := t + 1
	for n < t+3 && !p.isM(n) && !p.wIn(n, roleWords) && isWordLike(p.w(n)) {
		n++
	}
	if p.isM(n) || !p.wIn(n, roleWords) || !p.isM(n+1) || p.w(n+2) == "'s" || !p.isCharacterItem(n+1) || !p.memberBody(t, false) {
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
// Mirabel Penrose"): MEMBER_OF C → the article's mention of X, when the
// article names X on its own elsewhere.
func (p *pctx) titledOrgMember(t int) {
	if t < 2 || p.isM(t-1) || p.isM(t-2) || !p.wIn(t-1, roleWords) || !p.isCharacterItem(t) {
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

// serviceNouns, after an acronym of a body, name a character's place in
// it besides roleWords ("the CTU official", "a CIA man", "his MI6
// colleague").
var serviceNouns = setOf("official", "officials", "colleague", "man", "woman", "analyst", "liaison", "handler", "veteran",
	"operative", "agent", "officer", "director", "chief", "boss", "employee", "recruit", "mole")

// orgAcronymAppositive reads "C, the X official", "C, a X man who ...",
// "C, Jack's most loyal X colleague": an appositive after the character
// at item t that ends in an acronym X (two to four capitals) and a
// service noun, then the end of the clause or a relative pronoun
// (MEMBER_OF C → X, the noun as role).
func (p *pctx) orgAcronymAppositive(t int) {
	if p.w(t+1) != "," || !p.isCharacterItem(t) {
		return
	}
	k := t + 2
	switch {
	case p.in(k, articles) || p.wIn(k, possessivePronouns):
		k++
	case p.isM(k) && p.w(k+1) == "'s":
		k += 2
	default:
		return
	}
	for n := 0; n < 3 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, serviceNouns); n++ {
		k++ // describing words
	}
	o := p.mm(k)
	if o == nil || !o.allCaps || o.words != 1 || !isAcronymTok(&p.a.toks[p.it[k].t]) || !p.wIn(k+1, serviceNouns) || p.isM(k+1) {
		return
	}
	if e := p.w(k + 2); e != "," && e != "." && e != ";" && e != "" && e != "who" && e != "whose" && e != "and" {
		return
	}
	if !p.memberBody(k, false) {
		return
	}
	p.memberClaim(t, k, p.w(k+1))
}
