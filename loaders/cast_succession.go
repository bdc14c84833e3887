package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// predecessorPart handles the actor a part passes from in "P takes over as
// C from the late Q" (item i is P, item c the part C): when a succession
// verb ("takes over", "took over", "inherits") stands between P and the
// part, and "from" follows the part with a personal name after it (maybe
// after "the late"), Q played C before.
func (p *pctx) predecessorPart(i, c int) {
	if p.w(c+1) != "from" {
		return
	}
	q := c + 2
	if p.w(q) == "the" {
		q++
	}
	if p.w(q) == "late" || p.w(q) == "original" {
		q++
	}
	if !p.isM(q) || !p.isPersonLike(q) || p.w(q+1) == "'s" {
		return
	}
	over := false
	for k := i + 1; k < c; k++ {
		if p.w(k) == "over" && p.in(k-1, takeVerbs) || p.w(k) == "inherits" || p.w(k) == "inherited" {
			over = true
		}
	}
	if !over {
		return
	}
	p.typ(q, kg.Person, 3)
	p.claim(pclaim{rel: kg.Portrayed, subj: mArg(q), obj: mArg(c)})
}

// originators say who first played a part ("a role originated by Q").
var originators = setOf("originated", "created", "originally")

// originPartNouns name a part in "a role originated by Q".
var originPartNouns = setOf("role", "part", "character")

// originatedBy handles "C, a role originated by Q" and "C, the part
// created by Q" with the part at item i: Q played C first (in an earlier
// film, so the claim names none). It reports whether it read one.
func (p *pctx) originatedBy(i int) bool {
	if p.w(i+1) != "," || !(p.w(i+2) == "a" || p.w(i+2) == "the") || !p.in(i+3, originPartNouns) || !p.in(i+4, originators) {
		return false
	}
	by := i + 5
	if p.w(i+4) == "originally" && p.in(by, castPassiveVerbs) {
		by++
	}
	q := by + 1
	if !p.is(by, "by") || !p.isM(q) || !p.isPersonLike(q) || !p.castChar(i) || p.mm(i).typ == kg.Person {
		return false
	}
	p.typ(q, kg.Person, 3)
	p.mm(i).setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.Portrayed, subj: mArg(q), obj: mArg(i)})
	return true
}

// reflexiveParts are the pronouns of "P, C himself, appeared".
var reflexiveParts = setOf("himself", "herself", "themselves")

// partHimself handles "P, C himself, appeared in a taped bit" (item i is
// P): the name between the comma and the reflexive pronoun is the part P
// plays in the production the text is about. It reports whether it read
// one.
func (p *pctx) partHimself(i int) bool {
	c := i + 2
	if p.w(i+1) != "," || !p.in(c+1, reflexiveParts) || p.w(c+2) != "," || !p.isM(c) || !p.isPersonLike(i) || !p.castChar(c) || p.mm(c).typ == kg.Person {
		return false
	}
	p.typ(i, kg.Person, 3)
	p.mm(c).setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.focusFilm(), char: mArg(c)})
	return true
}

// selfCastVerbs take the part as their object after "P himself will".
var selfCastVerbs = setOf("voice", "voices", "voicing", "play", "plays", "playing", "portray", "portrays")

// selfCast handles "P himself will again voice C" (item i is P): a
// reflexive pronoun after the name, auxiliaries, an acting verb and the
// part's name (maybe after describing words). P plays C in the film the
// text is about. It reports whether it read one.
func (p *pctx) selfCast(i int) bool {
	if !p.in(i+1, reflexiveParts) || !p.isPersonLike(i) && !p.personish(i) && !p.mm(i).personShaped() && !(p.mm(i).words == 1 && p.a.surnameMet(p.mm(i).key)) {
		return false
	}
	v := i + 2
	for n := 0; n < 4 && p.in(v, auxWords) && p.w(v) != "who"; n++ {
		v++
	}
	if !p.in(v, selfCastVerbs) {
		return false
	}
	c := p.nameAfterDescriptors(v+1, 2)
	if c < 0 || !p.in(c+1, castStop) || !p.castChar(c) || p.mm(c).typ == kg.Person {
		return false
	}
	// an acting verb outweighs the reflexive's cue for a character ("Batman
	// himself")
	p.mm(i).setType(kg.Person, 4)
	p.mm(c).setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(c + 1), char: mArg(c)})
	return true
}

// secondPartAdverbs may stand before the verb of a second part ("and also
// voices D").
var secondPartAdverbs = setOf("also", "even", "additionally", "separately", "then")

// secondPart handles a second part of the same actor after the first: "P
// returns as C and also voices D", "P returns as C and, in a neat trick,
// also voices D" (item i is P, item c the first part C, film the film of
// the first credit). P plays D in the same film.
func (p *pctx) secondPart(i, c int, film arg) {
	k := c + 1
	if p.w(k) != "and" {
		return
	}
	k++
	if p.w(k) == "," {
		// a short interjection between commas
		e := k + 1
		for e < len(p.it) && e <= k+6 && !p.isM(e) && isWordLike(p.w(e)) {
			e++
		}
		if p.w(e) != "," || e == k+1 {
			return
		}
		k = e + 1
	}
	for n := 0; n < 2 && p.in(k, secondPartAdverbs); n++ {
		k++
	}
	if !p.in(k, selfCastVerbs) {
		return
	}
	d := p.nameAfterDescriptors(k+1, 2)
	if d < 0 || !p.in(d+1, castStop) || !p.castChar(d) || p.mm(d).typ == kg.Person {
		return
	}
	p.mm(d).setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: film, char: mArg(d)})
}
