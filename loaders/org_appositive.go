package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A body named before a role noun in a character's description: "C, the
// X executive who ...", "C, a former X analyst", "plays the X magistrate
// C", "plays a X guard named C", "C, X's most senior recruiter"
// (MEMBER_OF C → X, the role noun as role).

// memberJobNouns are jobs held in a company, band or service beyond the
// positions of roleWords ("the X executive", "X's drummer").
var memberJobNouns = setOf("executive", "executives", "accountant", "archivist", "spokesman", "spokeswoman",
	"recruiter", "drummer", "guitarist", "bassist", "singer", "keyboardist", "frontman", "frontwoman", "fixer",
	"magistrate", "lawyer", "attorney", "mechanic", "nurse", "surgeon", "engineer", "technician", "researcher",
	"associate", "worker", "clerk", "assistant", "receptionist", "investigator", "prosecutor", "chemist", "henchman",
	"enforcer", "lieutenant", "courier", "medic", "trooper", "cop", "constable", "deputy", "psychologist", "physician",
	"intern", "pilot", "recruit", "scout", "coach", "trainer", "striker", "goalkeeper", "pitcher", "catcher", "asset",
	// the specialists of agencies, services and hospitals ("a X
	// cryptographer", "the X spymaster", "the X psychiatrist")
	"cryptographer", "psychiatrist", "spymaster", "specialist", "physicist", "targeter",
	"hacker", "sniper", "bodyguard", "informant", "pathologist", "profiler", "paramedic", "codebreaker",
	// the staff of a newspaper, magazine, newsroom or fashion house ("C,
	// the X's imperious editor", "a X reporter")
	"editor", "columnist", "reporter", "journalist", "correspondent", "publisher", "cartoonist", "photographer", "designer")

// memberRoleNoun reports whether item k is a role noun of a body's member.
func (p *pctx) memberRoleNoun(k int) bool {
	return !p.isM(k) && (p.in(k, roleWords) || p.in(k, memberJobNouns))
}

// memberRoleEnds may follow the role noun of an appositive ("C, the X
// executive who ...", "C, a X guard named ...", "C, a X asset sent after
// him").
var memberRoleEnds = setOf(",", ".", ";", "", "who", "whose", "that", "named", "called", "in", "on", "and", "with",
	"turned", "at", "sent")

// describingWords may stand between an article and a body's name ("C, the
// former X analyst", "a fussy X archivist").
func (p *pctx) describingWord(k int) bool {
	return !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, commonWords) && !p.memberRoleNoun(k) || p.w(k) == "former" || p.w(k) == "new"
}

// roleBody reports whether the mention at item o can be the body a role
// noun after it belongs to: an organisation or an untyped name that is
// neither a person's (given name first, a known person's short form) nor
// a place's, a film's or a character's.
func (p *pctx) roleBody(o int) bool {
	m := p.mm(o)
	if m == nil || m.quoted || m.digit || m.country || m.typ != "" && m.typ != kg.Organisation || m.world == kg.WorldReal && m.kind == "streamer" {
		return false
	}
	if pt := p.priorType(o); pt != "" && pt != kg.Organisation {
		return false
	}
	if isPlaceName(m) || givenNameShaped(m) || m.words == 1 && isGivenNameLower(m.key) || m.typ == "" && p.shortOfPersonShaped(o) || demonym(lowerWord(firstWord(m.text))) {
		return false
	}
	if m.words == 1 && !m.allCaps && m.typ == "" && p.priorType(o) == "" && !orgish(m) {
		// one plain word ("a Memphis record executive", "a Spitfire
		// pilot"): a body only when the article names it again
		return p.a.keyMentions(m.key, 2)
	}
	return true
}

// keyMentions reports whether the article has at least n mentions with
// key (it stops at the n-th; it runs only on a matched role phrase).
func (a *article) keyMentions(key string, n int) bool {
	for i := range a.ments {
		if a.ments[i].key == key {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// bodyRoleAfter reads, from item k, "[the|a|an] [describing words] X
// [up to two words] role" and returns the body's item and the role
// noun's item, or -1, -1.
func (p *pctx) bodyRoleAfter(k int) (int, int) {
	if p.w(k) != "the" && p.w(k) != "a" && p.w(k) != "an" {
		return -1, -1
	}
	k++
	for n := 0; n < 2 && p.describingWord(k); n++ {
		k++
	}
	if !p.isM(k) || !p.roleBody(k) || p.w(k+1) == "'s" {
		return -1, -1
	}
	o := k
	r := k + 1
	for n := 0; n < 2 && !p.isM(r) && isWordLike(p.w(r)) && !p.memberRoleNoun(r); n++ {
		r++
	}
	if !p.memberRoleNoun(r) {
		return -1, -1
	}
	return o, r
}

// orgRoleAppositive reads the character at item t followed by ", the X
// role ..." or ", X's [describing words] role": MEMBER_OF C → X.
func (p *pctx) orgRoleAppositive(t int) {
	if p.w(t+1) != "," || !p.isCharacterItem(t) {
		return
	}
	if o, r := p.bodyRoleAfter(t + 2); o >= 0 && p.wIn(r+1, memberRoleEnds) {
		p.memberClaim(t, o, p.w(r))
		return
	}
	// "C, X's most senior recruiter"
	o := t + 2
	if !p.isM(o) || p.w(o+1) != "'s" && p.w(o+1) != "'" || !p.roleBody(o) {
		return
	}
	r := o + 2
	for n := 0; n < 3 && !p.isM(r) && isWordLike(p.w(r)) && !p.memberRoleNoun(r); n++ {
		r++
	}
	if !p.memberRoleNoun(r) || !p.wIn(r+1, memberRoleEnds) {
		return
	}
	if (p.w(r+1) == "at" || p.w(r+1) == "with") && p.isM(r+2) {
		// "C, Ilona's manager at X": the body after the preposition
		if p.roleBody(r + 2) {
			p.memberClaim(t, r+2, p.w(r))
		}
		return
	}
	p.memberClaim(t, o, p.w(r))
}

// castRoleVerbs put the described part after them ("plays a X guard
// named C", "as the X magistrate C").
var castRoleVerbs = setOf("plays", "played", "play", "playing", "as", "voices", "voiced", "portrays", "portrayed")

// orgRoleObject reads a cast verb or "as" at item i followed by "the X
// role C" or "a X role named C": MEMBER_OF C → X.
func (p *pctx) orgRoleObject(i int) {
	if p.isM(i) {
		return
	}
	cast := p.in(i, castRoleVerbs)
	if !cast && (p.w(i) != "is" && p.w(i) != "was" || !p.isM(i-1)) {
		return
	}
	o, r := -1, -1
	if cast {
		o, r = p.bodyRoleAfter(i + 1)
	}
	bare := false
	if o < 0 && bareOrgRoleObject {
		o, r = p.bodyRoleBare(i + 1)
		bare = true
	}
	if o < 0 {
		return
	}
	c := r + 1
	if !bare && (p.w(c) == "named" || p.w(c) == "called") {
		c++
	}
	m := p.mm(c)
	if m == nil || m.quoted || m.typ != "" && m.typ != kg.Character || p.w(c+1) == "'s" || bare && (m.words < 2 || m.typ == "" && p.priorType(c) != "" && p.priorType(c) != kg.Character) {
		return
	}
	p.typ(c, kg.Character, 2)
	p.memberClaim(c, o, p.w(r))
}
