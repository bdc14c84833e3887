package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// memberTailNouns, in lower case after the body a member's role names,
// end the body's name ("the head of the Varro family", "a member of the
// Dunmore parish council", "Officer C of the Pell City police").
var memberTailNouns = setOf("family", "clan", "gang", "crew", "mob", "cartel", "syndicate", "tribe", "council", "police")

// memberTailModifiers may stand between the body's name and its tail noun
// ("the Varro crime family", "the Dunmore parish council").
var memberTailModifiers = setOf("crime", "criminal", "mafia", "drug", "parish", "town", "city", "federal")

// memberTails runs memberTail on the body of each MEMBER_OF this sentence
// claimed (whichever rule read it).
func (p *pctx) memberTails() {
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		cl := &p.a.claims[c]
		if cl.rel != kg.MemberOf || !cl.obj.abs || cl.obj.m < 0 {
			continue
		}
		for i := range p.it {
			if p.isM(i) && p.mi(i) == int(cl.obj.m) {
				p.memberTail(i)
				break
			}
		}
	}
}

// memberTailFollowers may follow the tail noun of a body's name ("the
// Varro family and ...", "the Varro clan, who ...").
var memberTailFollowers = setOf("and", "or", "but", "who", "which", "that", "whose", "in", "at", "for", "to", "from",
	"with", "on", "as", "when", "while", "since", "until", "before", "after", "is", "was", "are", "were", "has", "had")

// memberTail takes the lower-case group noun after the body at item o (a
// MEMBER_OF claim's body) into its name, past one modifier: "the head of the
// Varro family" names the "Varro family", not "Varro". The words must
// follow the name directly, uncapitalised and in no mention.
func (p *pctx) memberTail(o int) {
	n := o + 1
	if p.isM(n) {
		return
	}
	if p.in(n, memberTailModifiers) && !p.isM(n+1) {
		n++
	}
	if !p.in(n, memberTailNouns) {
		return
	}
	if nx := p.w(n + 1); !p.isM(n+1) && isWordLike(nx) && !p.in(n+1, memberTailFollowers) {
		return // "the Harbor police procedural": the noun names no body here
	}
	m := p.mm(o)
	if m.quoted || m.colon || m.digit || m.words > 3 || strings.Contains(m.text, "-") {
		return
	}
	if givenNameShaped(m) || p.priorType(o) == kg.Person || p.priorType(o) == kg.Film {
		return // "the Mary Jones gang": a person's gang, not its name
	}
	if (isPlaceName(m) || m.country) && p.w(n) != "police" {
		return // "a Lisbon crime family": a place, not the family's name ("the Lisbon police" is one)
	}
	for k := o + 1; k <= n; k++ {
		if t := p.it[k].t; p.a.toks[t].cap || t != p.it[k-1].t+1 && k > o+1 {
			return
		}
	}
	if p.it[o+1].t != m.b {
		return // (something stands between the name and the noun)
	}
	for k := o + 1; k <= n; k++ {
		m.text += " " + p.w(k)
	}
	last := p.it[n].t
	m.end = p.a.toks[last].end
	m.b = last + 1
	m.key = nameKey(m.text)
	m.words += int8(n - o)
}
