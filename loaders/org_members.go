package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// orgMembers reads the body a character at item t serves in from an
// appositive or relative clause after it: "C, a major in the Special
// Forces", "C, a detective with the X Police Department", "C, a former
// scientist at the X Agency", "C, the boxer who serves as a bodyguard for
// X", "C, who runs X", "C, who has risen to chief of the X", and "C of the
// X Guard", "C is one of five members of the X" (MEMBER_OF C → X, the
// role noun as role). The character is a
// mention typed so, or the character of a cast claim of this sentence.
// The body is a name that is no person, film or character; it needs "the"
// or an organisation's head word unless the role is a roleWords noun.
func (p *pctx) orgMembers(t int) {
	p.roleChain(t)
	p.subjectRuns(t)
	k := t + 1
	if p.w(k) == "(" {
		k = p.pastPlayerParen(k) // "C (P), the head of X"
	}
	if nx := p.w(k); p.isM(k) || nx != "," && nx != "of" && !p.in(k, copulas) && !p.in(k, roleAdverbs) && !p.in(k, forVerbs) || !p.isCharacterItem(t) {
		return // (the cheap shape test first: isCharacterItem looks back)
	}
	if p.w(k) == "of" && p.w(k+1) == "the" {
		// "Captain Varro of the Imperial Guard"
		if o := k + 2; p.memberBody(o, true) {
			p.memberClaim(t, o, "member")
		}
		return
	}
	if p.w(k) == "of" && p.titledMember(t) && p.memberBody(k+1, false) {
		// "Superintendent Ada Quill of Marsh County Police"
		p.memberClaim(t, k+1, "member")
		return
	}
	if p.in(k, roleAdverbs) && (p.in(k+1, forVerbs) || p.in(k+1, roleAdverbs) && p.in(k+2, forVerbs)) {
		k++ // "C now drives for X"
		if p.in(k, roleAdverbs) {
			k++
		}
	}
	switch {
	case p.w(k) == ",":
		k++
		for n := 0; n < 2 && p.in(k, roleAdverbs); n++ {
			k++ // "C, now a columnist at the X"
		}
		if p.listPost(t, k) {
			return // "A and B, both now officers of the X"
		}
		if p.w(k) == "one" && p.w(k+1) == "of" && p.w(k+2) == "the" || p.w(k) == "the" && p.in(k+1, groupRankWords) && p.w(k+2) == "of" && p.w(k+3) == "the" {
			// "C, one of the X", "C, the last of the X"
			n := k + 1
			if p.w(k) == "the" {
				n = k + 2
			}
			p.memberAfterPrep(t, n, "member")
			return
		}
		if p.w(k) == "the" && p.isM(k+1) && p.w(k+2) == "'s" && p.memberOfPossessive(t, k+1) {
			return // "C, the X's most reckless pilot"
		}
		if m := p.mm(k); m != nil && p.w(k+1) == "'s" && (m.typ == kg.Organisation || orgHeadNouns[lowerLast(m.text)] || m.allCaps && len(m.text) >= 3) && p.memberOfPossessive(t, k) {
			return // "C, X's technical director": a body's name, not a person's
		}
		if n, role := p.countedRole(k); n > 0 {
			// "A and B, two retired agents of the X", "A and B, the two
			// least competent knights of the X": each character of the list
			for c := t; c >= 0 && (c == t || p.isCharacterItem(c)); c-- {
				p.memberAfterPrep(c, n, role)
				if p.w(c-1) != "and" && p.w(c-1) != "," || !p.isM(c-2) {
					break
				}
				c-- // (the glue; the loop steps onto the name before it)
			}
			return
		}
	case p.in(k, copulas):
		// "C is a camper at X", "C was still a detective with the X"
		k++
		for p.in(k, roleAdverbs) {
			k++
		}
		if p.w(k) == "one" && p.w(k+1) == "of" {
			// "C is one of five members of the X"
			n := k + 2
			for n < len(p.it) && n < k+5 && !p.isM(n) && isWordLike(p.w(n)) && !p.in(n, roleWords) && !p.in(n, memberPreps) {
				n++
			}
			if p.in(n, roleWords) && p.in(n+1, memberPreps) {
				role := p.w(n)
				if role == "members" {
					role = "member"
				}
				p.memberAfterPrep(t, n+1, role)
			}
			return
		}
		if !p.in(k, articles) {
			return
		}
	case p.in(k, forVerbs) && p.w(k+1) == "for":
		// "C races for the X team", "C drives for X"
		o := k + 2
		if p.w(o) == "the" {
			o++
		}
		if p.memberBody(o, true) {
			p.memberClaim(t, o, "member")
		}
		return
	case p.w(k) == "and" && p.isM(k+1) && p.isCharacterItem(k+1):
		return // read from the list's last character
	default:
		return
	}
	for again := 0; again < 2 && (p.w(k) == "a" || p.w(k) == "an" || p.w(k) == "the"); again++ {
		// ", a [describing words] NOUN PREP [the] X", ", a retired X operative"
		n := k + 1
		for n < len(p.it) && n < k+6 && (!p.isM(n) && isWordLike(p.w(n)) && !p.in(n, memberPreps) && p.w(n) != "who" && p.w(n) != "and" || p.describingName(n) && !p.in(n+1, roleWords) || p.describingComma(k, n)) {
			n++
		}
		if p.isM(n) && n > k+1 && p.in(n+1, roleWords) && p.memberBody(n, false) {
			p.memberClaim(t, n, p.w(n+1))
			return
		}
		if n > k+1 && p.in(n, memberPreps) && p.memberAfterPrep(t, n, p.w(n-1)) {
			return
		}
		if p.w(n) == "and" && p.in(n+1, roleWords) && p.in(n+2, memberPreps) && p.memberAfterPrep(t, n+2, p.w(n+1)) {
			return // "C, the Veyrin Seat and head of the X"
		}
		if p.w(n) == "and" && p.in(n+1, articles) {
			k = n + 1 // "C, a rebellious DJ and the leader of X"
			continue
		}
		if p.w(n) != "who" {
			return
		}
		k = n
		break
	}
	if p.w(k) != "who" {
		return
	}
	// ", who runs X", ", who serves as a bodyguard for X", ", who has risen to chief of the X"
	for n := k + 1; n < len(p.it) && n < k+9 && !p.isM(n); n++ {
		w := p.w(n)
		if w == "," || w == "." || w == ";" || w == "and" {
			return
		}
		r, ok := runVerbs[w]
		if !ok && p.w(n-1) == "who" && pluralRunVerbs[w] != "" && len(p.listCharsBefore(t)) > 0 {
			r, ok = pluralRunVerbs[w], true // "A and B, the ghost hunters who run X"
		}
		if ok {
			o := n + 1
			if p.w(o) == "the" {
				o++
			}
			if p.memberBody(o, true) {
				p.memberClaim(t, o, r)
			}
			return
		}
		if p.in(n, memberPreps) && n > k+1 && isWordLike(p.w(n-1)) && (p.in(n-1, roleWords) || p.w(n-2) == "a" || p.w(n-2) == "an" || p.w(n-2) == "to") {
			p.memberAfterPrep(t, n, p.w(n-1))
			return
		}
	}
}

// orgMembersOfList reads "C and D are (now) official partners at the X":
// a list of characters (one typed so, the others untyped or weakly typed)
// before a copula, a plural role noun and a body
// (MEMBER_OF each → X). Item t is the copula.
func (p *pctx) orgMembersOfList(t int) {
	if !p.isM(t-1) || !p.in(t, copulas) { // (cheap test first)
		return
	}
	chars := p.listBefore(t)
	if len(chars) < 2 {
		return
	}
	one := false // a character, the others at most weakly typed
	for _, c := range chars {
		if p.isCharacterItem(c) {
			one = true
		} else if m := p.mm(c); m.typ != "" && m.typ != kg.Person || m.strength >= 2 {
			return
		}
	}
	if !one {
		return
	}
	n := t + 1
	for p.in(n, roleAdverbs) {
		n++
	}
	k := n
	for k < len(p.it) && k < n+3 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, memberPreps) {
		k++
	}
	if k == n || !strings.HasSuffix(p.w(k-1), "s") || !p.in(k, memberPreps) || p.w(k) == "in" || p.w(k+1) != "the" || !p.memberBody(k+2, true) {
		return
	}
	role := strings.TrimSuffix(p.w(k-1), "s")
	for _, c := range chars {
		p.memberClaim(c, k+2, role)
	}
}

// ledBy reads "the X, an elite task force led by C": the character C
// after "led by" (item t is "led") leads the body named before it in the
// clause (MEMBER_OF C → X, role leader), past a place after "from" or
// "in" that is no body ("X, outlaws from the Blighted Land led by C").
// The verb may be "headed", "run" or "commanded", and a few words may
// stand before "by" ("led at first by", "led in the comics by") and
// before C ("led by the tough-talking C", "led by his cousin, C"); "X
// is led by C" needs no head noun; "C and (his wife) C2" both lead.
func (p *pctx) ledBy(t int) {
	if !p.wIn(t, ledByKeys) {
		return
	}
	role := ledByVerbs[p.w(t)]
	if role == "" || p.isM(t) {
		return
	}
	b := t + 1
	for n := 0; n < 3 && p.w(b) != "by" && !p.isM(b) && isWordLike(p.w(b)); n++ {
		b++ // "led at first by", "led in the comics by"
	}
	if p.w(b) != "by" {
		return
	}
	c := p.ledByName(b + 1)
	if c < 0 {
		return
	}
	headed := p.in(t-1, copulas) || p.w(t-1) == "themselves" && p.in(t-2, copulas) // "X is led by C"
	for o := t - 1; o >= 0 && o > t-13; o-- {
		if w := p.w(o); w == "." || w == ";" {
			return
		}
		if p.in(o, orgHeadNouns) || p.in(o, ledGroupNouns) {
			headed = true
		}
		if p.isM(o) {
			if p.memberBody(o, headed || o == t-2 && p.w(t-1) == ",") { // "X, led by C"
				p.typ(c, kg.Character, 2)
				p.memberClaim(c, o, role)
				if c2 := p.ledBySecond(c); c2 >= 0 {
					p.memberClaim(c2, o, role)
				}
				return
			}
			pre := o - 1 // "X, a family of outlaws from the Blighted Land led by C": a place
			if p.w(pre) == "the" {
				pre--
			}
			if p.in(pre, articles) && !p.isM(o+1) && isWordLike(p.w(o+1)) {
				continue // "X, a London crime family led by C": a place before the body's noun
			}
			if p.w(pre) != "from" && p.w(pre) != "in" {
				return
			}
		}
	}
}

// ledByVerbs map the passive verbs of leading to the role they give.
var ledByVerbs = map[string]string{"led": "leader", "headed": "head", "run": "head", "commanded": "commander"}

// ledGroupNouns, before "led by", name the body led ("a crime family led
// by", "a band of rebels led by").
var ledGroupNouns = setOf("family", "band", "group", "outfit", "network", "cell", "militia", "firm", "tribe",
	"faction", "resistance", "dynasty", "sect", "circle", "ring")

// ledByName returns the item of the character named from item k on after
// "led by": past "the" or a possessive pronoun and up to three describing
// words, and a comma before the name ("his older cousin, C"); the name is
// a character, or an untyped name with a player in brackets; else -1.
func (p *pctx) ledByName(k int) int {
	if p.w(k) == "the" || p.w(k) == "his" || p.w(k) == "her" || p.w(k) == "their" || p.w(k) == "its" {
		for n := 0; n < 3 && !p.isM(k+1) && isWordLike(p.w(k+1)); n++ {
			k++
		}
		k++
		if p.w(k) == "," {
			k++
		}
	}
	if !p.isM(k) {
		return -1
	}
	cm := p.mm(k)
	if !(p.isCharacterItem(k) || cm.typ == "" && p.w(k+1) == "(" && p.isM(k+2) && p.isPersonLike(k+2) ||
		cm.typ == "" && p.w(k+1) == "," && (p.w(k+2) == "played" || p.w(k+2) == "voiced") && p.w(k+3) == "by") {
		return -1
	}
	return k
}

// ledBySecond returns the item of a second character joined to the one at
// item c by "and" ("C (P) and his wife C2 (P2)", "C and C2"), else -1.
func (p *pctx) ledBySecond(c int) int {
	k := c + 1
	if p.w(k) == "(" {
		k = p.pastPlayerParen(k)
	}
	if p.w(k) != "and" {
		return -1
	}
	k++
	if p.w(k) == "his" || p.w(k) == "her" || p.w(k) == "their" {
		for n := 0; n < 2 && !p.isM(k+1) && isWordLike(p.w(k+1)); n++ {
			k++
		}
		k++
	}
	if !p.isM(k) || !(p.isCharacterItem(k) || p.mm(k).typ == "" && p.w(k+1) == "(" && p.isM(k+2) && p.isPersonLike(k+2)) {
		return -1
	}
	p.typ(k, kg.Character, 2)
	return k
}

// namedMember reads "a former X captain named C": the body before a role
// noun, then "named" or "called" and the character (MEMBER_OF C → X).
// Item t is the body's mention.
func (p *pctx) namedMember(t int) {
	if p.w(t+2) != "named" && p.w(t+2) != "called" || !p.in(t+1, roleWords) || !p.isM(t+3) || !p.memberBody(t, false) {
		return
	}
	if c := p.mm(t + 3); c.typ == kg.Person || c.typ == kg.Film || c.typ == kg.Organisation {
		return
	}
	p.typ(t+3, kg.Character, 2)
	p.memberClaim(t+3, t, p.w(t+1))
}

// memberAfterPrep credits the character at item t with the body after
// the preposition at item n ("in the X"), role being the noun before the
// preposition, and reports whether it did. "in" needs "the" and a body's
// head word or a roleWords role.
func (p *pctx) memberAfterPrep(t, n int, role string) bool {
	o := n + 1
	isRole := roleWords[role] || memberJobNouns[role]
	if b := p.ledBodyAfter(o); b >= 0 && isRole {
		// "the head of the hybrid-hunting militia the X"
		if !p.memberBody(b, true) {
			return false
		}
		p.memberClaim(t, b, role)
		return true
	}
	the := p.w(o) == "the"
	if the {
		o++
		for k := 0; k < 2 && isRole && p.in(o, bodyAdjectives) && !p.isM(o) && p.isM(o+1); k++ {
			o++ // "the owner of the rival X"
		}
	}
	if p.w(n) == "in" && !(the && (isRole || p.isM(o) && orgHeadNouns[lowerLast(p.mm(o).text)])) {
		return false
	}
	loose := the || isRole || p.w(n) != "in" && p.w(n) != "of" && p.in(n-2, articles)
	if p.w(n) == "of" && !isRole {
		loose = false // "C, the daughter of X": kin, not a body
	}
	if !p.memberBody(o, loose) {
		return false
	}
	p.memberClaim(t, o, role)
	return true
}

// bodyAdjectives may stand between "the" and a body's name ("the owner
// of the rival X", "a member of the secret X").
var bodyAdjectives = setOf("rival", "fictional", "secret", "notorious", "shadowy", "mysterious", "powerful", "ruthless",
	"infamous", "elite", "local", "legendary", "feared", "dreaded", "underground", "clandestine", "corrupt", "mighty",
	"ancient", "sinister", "villainous", "evil", "rebel", "renegade")

// memberBody reports whether item o names a body a character can belong
// to: a mention neither quoted nor a number, not typed a person, film,
// franchise or character, not a possessive, and shaped like a body (an
// organisation's head word, all capitals, typed an organisation) unless
// loose allows any name that is not a person's.
func (p *pctx) memberBody(o int, loose bool) bool {
	m := p.mm(o)
	if m == nil || m.quoted || m.digit || p.w(o+1) == "'s" || m.typ != "" && m.typ != kg.Organisation {
		return false
	}
	if pt := p.priorType(o); pt != "" && pt != kg.Organisation {
		return false
	}
	last := lowerLast(m.text)
	if orgHeadNouns[last] || orgish(m) {
		return true
	}
	return loose && !givenNameShaped(m) && m.typ != kg.Person
}

// memberClaim types item o an organisation (REAL when its head word names
// a real-world service, else FICTIONAL unless set) and claims MEMBER_OF
// from the character at item t with role.
func (p *pctx) memberClaim(t, o int, role string) {
	om := p.mm(o)
	om.setType(kg.Organisation, 2)
	if om.world == "" {
		last := lowerLast(om.text)
		if realOrgHeads[last] || realOrgWords[last] {
			om.world = kg.WorldReal
		} else {
			om.world = kg.WorldFictional
		}
	}
	p.claim(pclaim{rel: kg.MemberOf, subj: charOfItem(p, t), obj: mArg(o), role: role})
}

// isCharacterItem reports whether the mention at item t is a character:
// typed so (here or earlier in the article), or the character of a cast
// claim this sentence already made.
func (p *pctx) isCharacterItem(t int) bool {
	m := p.mm(t)
	if m == nil {
		return false
	}
	if m.typ == kg.Character || m.typ == "" && p.priorType(t) == kg.Character {
		return true
	}
	if m.typ != "" {
		return false
	}
	mi := p.it[t].m
	for k := len(p.a.claims) - 1; k >= 0 && p.a.claims[k].sent == p.si; k-- {
		if c := &p.a.claims[k]; c.char.abs && c.char.m == mi {
			return true
		}
	}
	return false
}

// charOfItem returns the argument for the character at item t.
func charOfItem(p *pctx, t int) arg {
	p.typ(t, kg.Character, 2)
	return mArg(t)
}

// lowerLast returns the lower-cased last word of a name without a
// closing full stop.
func lowerLast(name string) string {
	return lowerWord(strings.TrimSuffix(lastWord(name), "."))
}

// groupRankWords, after "the" and before "of the X", pick one member out
// of a group ("the last of the X", "the first of the X").
var groupRankWords = setOf("last", "first", "youngest", "oldest", "eldest")

// groupPossessiveEnds close the role after "the X's" ("the X's former
// point guard turned coach", "the X's resident nerd who").
var groupPossessiveEnds = setOf(",", ".", ";", "who", "turned", "and", "")

// memberOfPossessive credits the character at item t with the body at
// item o in "C, the X's [describing words] role": the role is a
// roleWords noun, or any noun when the body's name is shaped like a
// group's (a plural, an organisation's head word, typed an
// organisation), and it closes the appositive. It reports whether it
// did.
func (p *pctx) memberOfPossessive(t, o int) bool {
	n := o + 2
	role := ""
	for ; n < len(p.it) && n < o+7 && !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, groupPossessiveEnds); n++ {
		if p.wIn(n, roleWords) {
			role = p.w(n)
		}
	}
	if n == o+2 || !p.wIn(n, groupPossessiveEnds) {
		return false
	}
	m := p.mm(o)
	last := lowerLast(m.text)
	group := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || orgHeadNouns[last] || m.typ == kg.Organisation
	if role == "" && !group || m.quoted || m.digit || m.typ != "" && m.typ != kg.Organisation || givenNameShaped(m) && m.typ != kg.Organisation {
		return false
	}
	if pt := p.priorType(o); pt != "" && pt != kg.Organisation {
		return false
	}
	if role == "" {
		role = p.w(n - 1)
	}
	p.memberClaim(t, o, role)
	return true
}

// pastPlayerParen returns the item after a player's name in parentheses
// opening at item k ("C (P), the head of X": the comma), or k when the
// parentheses hold anything else.
func (p *pctx) pastPlayerParen(k int) int {
	if !p.isM(k+1) || p.w(k+2) != ")" || !p.isPersonLike(k+1) {
		return k
	}
	return k + 3
}

// describingComma reports whether the comma at item n joins two describing
// words of a member's role after the article at item k ("C, the gifted,
// reckless head disciple of the X"): plain words both sides, the next one
// opening no clause, list or new phrase.
func (p *pctx) describingComma(k, n int) bool {
	if p.w(n) != "," || n < k+2 || p.isM(n-1) || p.isM(n+1) || !isWordLike(p.w(n-1)) || !isWordLike(p.w(n+1)) {
		return false
	}
	nx := p.w(n + 1)
	return nx != "who" && nx != "and" && nx != "or" && nx != "which" && !p.in(n+1, articles) && !p.in(n+1, memberPreps) &&
		!p.in(n+1, clauseWords) && !p.in(n+1, roleAdverbs) && !p.in(n-1, roleWords) && !p.in(n-1, memberJobNouns)
}
