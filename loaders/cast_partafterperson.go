package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// partAfterPerson returns the mention of the part an earlier clause of
// the sentence gives its actor, for a pronoun in a later clause ("M is
// Jed Cole, the eldest; P played him as a boy"): names holds the items of
// the names before the pronoun, the last the later actor's. The last
// person named before that actor must be followed by a cast verb and then
// by exactly one part (an owner's possessive before it aside: "M plays
// Ezra's daughter Tess; P played the character as a child"), with no
// name after the part, and the pronoun at item stop must stand alone
// ("played him on set", not "plays her husband"). Else it returns -2 (the
// pronoun may be the person's).
func (p *pctx) partAfterPerson(names []int, stop int) int {
	if stop < 0 || p.w(stop) != "the" && !p.in(stop+1, barePronounNext) {
		return -2
	}
	names = names[:len(names)-1]
	last := -1
	for n, k := range names {
		if m := p.mm(k); m.typ == kg.Person || p.priorType(k) == kg.Person {
			last = n
		}
	}
	if last < 0 || last == len(names)-1 || !p.in(names[last]+1, partAfterPersonVerbs) {
		return -2
	}
	c := -1
	for _, k := range names[last+1:] {
		m := p.mm(k)
		if p.w(k+1) == "'s" && c < 0 {
			continue // the owner of the part after it
		}
		if c >= 0 || !(m.typ == kg.Character || m.typ == "" && p.priorType(k) == kg.Character) {
			return -2
		}
		c = p.mi(k)
	}
	if c < 0 {
		return -2
	}
	return c
}

// partAfterPersonVerbs right after an actor give the part that follows
// ("M is C", "M plays Ezra's daughter C").
var partAfterPersonVerbs = setOf("is", "was", "plays", "played", "portrays", "portrayed", "voices", "voiced")

// anaphorPart reports whether "the character", "the role" or "the part" at
// item k stands for a part named before ("P played the character as a
// child"): no name or "of" after it, and "as", "in" or the clause's end
// next.
func (p *pctx) anaphorPart(k int) bool {
	if p.w(k) != "the" || !p.in(k+1, anaphorPartNouns) || p.isM(k+1) {
		return false
	}
	switch p.w(k + 2) {
	case "as", "in", ",", ";", ".", "":
		return true
	}
	return false
}

// anaphorPartNouns stand for a part named before after "the".
var anaphorPartNouns = setOf("character", "role", "part")

// barePronounNext after "him"/"her" show the pronoun stands for a whole
// person, not the owner of a part ("played him as a boy", "has played
// her since").
var barePronounNext = setOf("as", "in", "on", "for", "at", "from", "until", "since", "through", "during", "opposite",
	"with", "and", "throughout", ",", ".", ";", ")", "")

// pronounPart returns the mention of the part a pronoun or "the
// character" after the verb at item k stands for (lastCharacterBefore);
// for "the character", "the role" or "the part" only a mention typed a
// character ("Dev plays the part" after a named actor left it is no
// one's part), else -1.
func (p *pctx) pronounPart(k int) int {
	c := p.lastCharacterBefore()
	if c >= 0 && p.anaphorPart(k) && p.a.ments[c].typ != kg.Character {
		return -1
	}
	return c
}
