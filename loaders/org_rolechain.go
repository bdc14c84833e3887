package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// roleChain reads the body a character at item t holds a post in when
// the post is the second of two descriptions joined by "and", or stands
// bare after the comma: "C, the grandson of X and the ruthless head of
// the Y", "C, the ageing hero known as Z and the founder of the Y", "C,
// who was the original Z and a founding member of the Y", "C, chieftain
// of the Y" (MEMBER_OF C → Y, the role noun as role). The first
// description may hold names and describing commas but no clause ("who",
// "which", a copula, a semicolon); the post is a roleWords or
// memberJobNouns noun (or a chainRoleNouns one) after "and" or the comma,
// an optional roleAdverbs word, an optional article or "its"/"their" and
// at most three plain describing words, with a preposition and the body
// after it (memberAfterPrep decides the body).
func (p *pctx) roleChain(t int) {
	k := t + 1
	if p.w(k) == "(" {
		k = p.pastPlayerParen(k)
	}
	if p.w(k) != "," || p.isM(k) || !p.isCharacterItem(t) {
		return
	}
	k++
	if p.w(k) == "who" {
		if !p.in(k+1, copulas) {
			return
		}
		k += 2 // "C, who was the original Z and a founding member of the Y"
	} else if p.chainPost(t, k) || p.anaphorPost(t, k) {
		return // "C, chieftain of the Y", "C, the company's chief executive"
	}
	for n := k + 1; n < len(p.it) && n < k+14; n++ {
		w := p.w(n)
		if p.isM(n) {
			continue
		}
		switch {
		case w == "and":
			if !p.chainPost(t, n+1) {
				p.anaphorPost(t, n+1) // "C, D's daughter and the company's chief executive"
			}
			return
		case w == ",":
			if !p.describingComma(k, n) {
				return
			}
		case w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "who" || w == "which" || w == "whose" || w == "but" || w == "or":
			return
		case p.in(n, copulas) || p.in(n, clauseWords) && w != "that":
			return
		}
	}
}

// chainPost claims the post that opens at item k for the character at
// item t ("now captain of the Y", "the ruthless head of the Y", "a
// founding member of the Y", "D's boss at the Y", "D's colleague at Y")
// and reports whether it did. After a character's or person's
// possessive the body follows "at" or "with", and a peerNouns noun is a
// post too. A bare post
// (no article) needs a roleWords, memberJobNouns or chainRoleNouns noun
// straight after the adverb.
func (p *pctx) chainPost(t, k int) bool {
	if p.in(k, roleAdverbs) {
		k++
	}
	det := p.in(k, articles) || p.w(k) == "its" || p.w(k) == "their"
	owner := false // "C, D's boss at the X": the post is held at a body, not of D
	if det {
		k++
	} else if m := p.mm(k); m != nil && p.w(k+1) == "'s" && (m.typ == "" || m.typ == kg.Character || m.typ == kg.Person) {
		det, owner = true, true
		k += 2
	}
	n := k
	for d := 0; d < 3 && !p.isM(n) && isWordLike(p.w(n)) && !p.in(n, roleWords) && !p.in(n, memberJobNouns) && !p.in(n, chainRoleNouns) && !(owner && p.in(n, peerNouns)); d++ {
		if !det || p.in(n, memberPreps) || p.in(n, clauseWords) || p.w(n) == "and" {
			return false
		}
		n++
	}
	if p.isM(n) || !p.in(n, roleWords) && !p.in(n, memberJobNouns) && !p.in(n, chainRoleNouns) && !(owner && p.in(n, peerNouns)) || !p.in(n+1, memberPreps) && !(owner && p.w(n+1) == "on" && p.w(n+2) == "the") {
		return false
	}
	if owner && !p.in(n+1, ownerPostPreps) {
		return false
	}
	role := p.w(n)
	if role == "members" {
		role = "member"
	}
	if !p.memberAfterPrep(t, n+1, role) {
		return false
	}
	if owner && p.isCharacterItem(k-2) {
		p.memberAfterPrep(k-2, n+1, "member") // "C, D's partner at the X": D serves there too
	}
	return true
}

// ownerPostPreps, after "D's [describing words] post", lead to the body
// the post is held in ("D's boss at the X", "D's former commanding
// officer in the X", "D's partner on the X").
var ownerPostPreps = setOf("at", "with", "in", "on")

// subjectRuns reads a character (or a list of characters joined by "and"
// and commas, each a character) as the subject of a verb of leading,
// founding or joining with the body as its object: "C leads the X", "C
// secretly runs X", "A and B joined the X" (MEMBER_OF each → X, the
// verb's role from runVerbs). Item t is the list's last name; the body
// needs "the" or a body's shape (memberBody), and a name after it joined
// by "and" stops the rule ("C joined X and Y": a list of works or
// places).
func (p *pctx) subjectRuns(t int) {
	v := t + 1
	if p.in(v, roleAdverbs) || p.in(v, runAdverbs) {
		v++
	}
	if !p.in(v, runVerbKeys) && !p.in(v, pluralRunVerbKeys) {
		return // (the common case: a mention or a word of neither table, which returns below)
	}
	role, ok := runVerbs[p.w(v)]
	if !ok {
		role, ok = pluralRunVerbs[p.w(v)] // "A and B run the X"
	}
	if !ok || p.isM(v) || !p.isCharacterItem(t) {
		return
	}
	o := v + 1
	the := p.w(o) == "the"
	if the {
		o++
	}
	if w := p.w(o + 1); w == "and" && p.isM(o+2) && !p.isCharacterItem(o+2) || w == "(" || !p.memberBody(o, the) {
		return
	}
	if p.w(t-1) == "and" && p.w(t-2) == "," && p.w(t-3) == "the" {
		return
	}
	p.memberClaim(t, o, role)
	for c := t; p.w(c-1) == "and" || p.w(c-1) == ","; {
		c -= 2
		if !p.isM(c) || !p.isCharacterItem(c) {
			return
		}
		p.memberClaim(c, o, role)
	}
}

// runAdverbs may stand between a character and a verb of leading
// ("C secretly runs X", "C quietly joins X").
var runAdverbs = setOf("secretly", "quietly", "eventually", "reluctantly", "grudgingly", "briefly", "effectively",
	"formally", "soon", "ultimately", "covertly", "openly")

// pluralRunVerbs are the plural forms of runVerbs after a list of
// characters ("A and B run the X"); kept apart as "head" and "own" are
// nouns too.
var pluralRunVerbs = map[string]string{"run": "head", "lead": "leader", "head": "head", "command": "commander", "own": "owner"}

// peerNouns, after a character's possessive and before "at" or "with" a
// body, are posts held in that body ("D's colleague at X").
var peerNouns = setOf("colleague", "partner", "boss", "superior", "deputy", "subordinate", "co-worker", "coworker")

// groupAnaphorNouns, after "the" and before "'s", stand for a body named
// before ("C, the company's chief executive", "C, the academy's
// psychologist").
var groupAnaphorNouns = setOf("company", "agency", "band", "group", "club", "team", "crew", "firm", "academy", "school",
	"hospital", "unit", "organisation", "organization", "gang", "council", "squad", "department", "bureau", "corporation",
	"conglomerate", "institute", "college", "order", "society", "syndicate", "cartel", "guild", "league", "corps")

// anaphorPost reads "C, the company's chief executive" with the body
// named before: "the" and a groupAnaphorNouns noun with "'s" at item k,
// plain words holding a post (roleWords, memberJobNouns,
// chainRoleNouns) up to a comma, full stop, semicolon, "who", "and" or the
// sentence end (the last word is the role). The body is
// the latest organisation named earlier in this sentence or the one
// before whose last word is the noun ("the Varro Company ... the
// company's"), else the latest fictional organisation of this sentence
// (a real one there is most often the outlet or studio of the work). It
// reports whether it claimed.
func (p *pctx) anaphorPost(t, k int) bool {
	if p.w(k) != "the" || p.w(k+2) != "'s" || !p.in(k+1, groupAnaphorNouns) {
		return false
	}
	n, post := k+3, false
	for ; n < k+8 && !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, groupPossessiveEnds); n++ {
		post = post || p.in(n, roleWords) || p.in(n, memberJobNouns) || p.in(n, chainRoleNouns)
	}
	if !post || !p.wIn(n, groupPossessiveEnds) {
		return false
	}
	n-- // the post's last word ("chief operating officer")
	noun := p.w(k + 1)
	mi := p.it[t].m
	near := int32(-1)
	for j := mi - 1; j >= 0 && p.a.ments[j].sent >= int32(p.si)-1; j-- {
		o := &p.a.ments[j]
		if o.typ != kg.Organisation || o.quoted || o.digit {
			continue
		}
		if lowerLast(o.text) == noun {
			near = j
			break
		}
		if near < 0 && o.sent == int32(p.si) && o.world == kg.WorldFictional {
			near = j
		}
	}
	if near < 0 {
		return false
	}
	role := p.w(n)
	if role == "members" {
		role = "member"
	}
	p.claim(pclaim{rel: kg.MemberOf, subj: charOfItem(p, t), obj: arg{m: near, of: -1, abs: true}, role: role})
	return true
}
