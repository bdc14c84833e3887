package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Recasts: a part that passes from one actor to another. "P has taken
// over the role of C from Q", "P stars as C, taking over the role from Q"
// (recastFrom); "P replaced Q as C" (replacedAs). Q played C before, in a
// film the clause does not name.

// recastPartNouns name the part in "took over the role".
var recastPartNouns = setOf("role", "part", "mantle")

// recastFrom handles "took over the role (of C) from Q" at item i
// ("over"), "taking over from Q" and "a role he took over (in F) from Q":
// Q played C, the part named after "of" or, with none, the part of the
// latest cast claim of the sentence ("P stars as C, taking over the role
// from Q"). An appositive of the part or a phrase of when may stand
// before "from" (recastFromWord).
func (p *pctx) recastFrom(i int) {
	if p.w(i) != "over" || !p.in(i-1, takeVerbs) {
		return
	}
	j := i + 3
	if p.w(i+1) == "from" {
		j = i + 1 // "P plays C, taking over from Q"
	} else if p.in(i-3, recastPartNouns) && p.in(i-2, subjectPronounWords) {
		j = i + 1 // "P returns as C, a role he took over in F from Q"
	} else if p.w(i+1) != "the" || !p.in(i+2, recastPartNouns) {
		return
	}
	c := noArg
	if p.w(j) == "of" && p.isM(j+1) {
		cm := p.mm(j + 1)
		if !castableName(cm) || cm.typ != "" && cm.typ != kg.Character || p.priorType(j+1) != "" && p.priorType(j+1) != kg.Character {
			return
		}
		cm.setType(kg.Character, 3)
		c = mArg(j + 1)
		j += 2
	}
	j = p.recastFromWord(j)
	if j < 0 {
		return
	}
	q := j + 1
	if p.w(q) == "the" && (p.w(q+1) == "late" || p.w(q+1) == "original") {
		q += 2
	}
	if !p.isM(q) || !p.isPersonLike(q) || p.w(q+1) == "'s" || p.mm(q).words < 2 && p.mm(q).typ != kg.Person {
		return
	}
	if !c.valid() {
		for k := len(p.a.claims) - 1; k >= 0 && p.a.claims[k].sent == p.si; k-- {
			if cl := &p.a.claims[k]; cl.rel == kg.ActedIn && cl.char.m >= 0 {
				c = cl.char
				break
			}
		}
	}
	if !c.valid() {
		return
	}
	p.typ(q, kg.Person, 3)
	p.claim(pclaim{rel: kg.Portrayed, subj: mArg(q), obj: c})
}

// recastFromWord returns the item of the "from" that names the earlier
// actor in a recast from item j on, or -1: right there, or after an
// appositive of the part or a phrase of when ("the role of C, the harbor
// master, from Q", "a role he took over in the second season from Q"),
// within ten items, with no clause break and no person between.
func (p *pctx) recastFromWord(j int) int {
	for k := j; k < len(p.it) && k < j+10; k++ {
		if p.isM(k) {
			if p.isPersonLike(k) {
				return -1
			}
			continue
		}
		switch p.w(k) {
		case "from":
			return k
		case ".", ";", "and", "but", "who", "which", "as", "with":
			return -1
		}
	}
	return -1
}

// replaceVerbs say that one actor took another's part ("P replaced Q as
// C").
var replaceVerbs = setOf("replaced", "replaces", "replacing", "succeeded", "succeeds")

// replacedAs handles "P replaced Q as C" at item i (the verb): P plays C
// in the film the clause is about ("F, in which P replaced Q as C"), Q
// played C before. The part is a name, maybe after an owner's tie ("as
// O's girlfriend C").
func (p *pctx) replacedAs(i int) {
	if !p.in(i, replaceVerbs) || p.w(i+2) != "as" || !p.isM(i+1) || !p.isM(i-1) {
		return
	}
	s, q := i-1, i+1
	if !p.isPersonLike(s) || !p.isPersonLike(q) || p.mm(q).words < 2 && p.mm(q).typ != kg.Person && p.priorType(q) != kg.Person {
		return
	}
	c := i + 3
	if !p.isM(c) || p.w(c+1) == "'s" {
		c = p.copulaDescribedPart(i + 3)
	}
	if c < 0 || !p.in(c+1, castStop) || p.isM(c+1) {
		return
	}
	cm := p.mm(c)
	if !castableName(cm) || cm.typ != "" && cm.typ != kg.Character || p.priorType(c) != "" && p.priorType(c) != kg.Character {
		return
	}
	if p.a.headKeys[cm.key] {
		return
	}
	p.typ(s, kg.Person, 3)
	p.typ(q, kg.Person, 3)
	cm.setType(kg.Character, 3)
	// (both people as mentions already: the claim guard reads any
	// "replaced" after a person as a part lost, but here the one before
	// the verb took the part and the one after lost it in the new film
	// only)
	film := p.castFilmOr(s, p.topicFilm(c+1))
	p.claim(pclaim{rel: kg.ActedIn, subj: arg{m: int32(p.mi(s)), of: -1, abs: true}, obj: film, char: mArg(c)})
	p.claim(pclaim{rel: kg.Portrayed, subj: arg{m: int32(p.mi(q)), of: -1, abs: true}, obj: mArg(c)})
}
