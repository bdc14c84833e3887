package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// possessiveFilms finds the film of each "P's C" of this sentence that
// possessiveCast left without one named in the sentence: the title right
// after the part ("the father of Q's C, on ABC's F"), else the film named
// latest before it in the same clause (after the last semicolon: "In F
// he played A, who sells out to Q's C"). P then acted in that film as C
// (decidePossessiveCast). P must be typed a person or open with a given
// name.
func (p *pctx) possessiveFilms() {
	pcs := p.a.possCast
	for n := len(pcs) - 1; n >= 0 && pcs[n].sent == p.si; n-- {
		pc := &pcs[n]
		if pc.film.m >= 0 && p.a.ments[pc.film.m].sent == p.si {
			continue
		}
		if pm := &p.a.ments[pc.person]; !(pm.typ == kg.Person && pm.strength >= 2) && !givenNameShaped(pm) {
			continue // "New Year's Eve": a name that is no one's
		}
		c := p.itemOf(int32(pc.char), 0, len(p.it))
		if c < 0 {
			continue
		}
		if f := p.filmAfterPart(c); f >= 0 {
			pc.film = p.conv(mArg(f))
			continue
		}
		for k := c - 1; k >= 0; k-- {
			if !p.isM(k) && p.w(k) == ";" {
				break
			}
			if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "'s" {
				pc.film = p.conv(mArg(k))
				break
			}
		}
	}
	for n := len(pcs) - 1; n >= 0 && pcs[n].sent == p.si; n-- {
		// a part no film claims, in a sentence about the story at hand
		if pc := &pcs[n]; pc.film.m < 0 && !pc.present {
			if c := p.itemOf(int32(pc.char), 0, len(p.it)); c >= 0 && p.partOfStoryAtHand(c) {
				pc.present = true
			}
		}
	}
}

// partOfStoryAtHand reports whether the "P's C" at item c (person at
// item c-2, or before describing words) speaks of the production the
// article or its paragraph is about although no present-tense verb says
// so: the sentence names no film or franchise and no credit of it names
// a title ("Lind's Rhea Vance ended the second season in a coma", "Lind's
// Rhea Vance starts as a smuggler"); no denial stands in the clause of
// the part ("Lind's Rhea Vance has not been confirmed", "neither is
// Lind's Rhea Vance"); the owner is not compared to ("looks a lot like
// Lind's Rhea Vance"); and no relative clause makes the name a work
// ("Lind's Rhea Vance, in which ...").
func (p *pctx) partOfStoryAtHand(c int) bool {
	for k := range p.it {
		if m := p.mm(k); m != nil && (m.typ == kg.Film || m.typ == kg.Franchise) {
			return false
		}
	}
	if (p.w(0) == "in" || p.w(0) == "on") && p.isM(1) && (p.w(2) == "," || len(p.it) > 2 && subjectPronounWords[p.a.toks[p.it[2].t].lower]) {
		return false // "On F he played a detective who partnered Q's C"
	}
	if p.w(c+1) == "," && (p.w(c+2) == "which" || p.w(c+2) == "in" && p.w(c+3) == "which") {
		return false
	}
	o := c - 1
	for o > 0 && !p.isM(o) {
		o--
	}
	if w := p.w(o - 1); w == "like" || w == "unlike" || w == "than" || w == "the" {
		return false // ("the company's C": a company's work)
	}
	if p.crewOwner(p.mi(o)) {
		return false // "Q's F": a maker's work
	}
	for k := o - 1; k >= 0 && !p.clauseBreak(k); k-- {
		if p.negation(k) {
			return false
		}
	}
	for k := c + 1; k < len(p.it) && !p.clauseBreak(k); k++ {
		if p.negation(k) {
			return false
		}
	}
	return true
}

// crewOwner reports whether a claim so far credits the person of mention
// mi, by name or surname, with making a film (directing, writing, producing, a crew
// job) and none with a part.
func (p *pctx) crewOwner(mi int) bool {
	key, crew := p.a.ments[mi].key, false
	for n := range p.a.claims {
		c := &p.a.claims[n]
		if c.rel == "" || c.subj.m < 0 {
			continue
		}
		if k := p.a.ments[c.subj.m].key; k != key && lastKeyWord(k) != key {
			continue
		}
		if c.rel == kg.ActedIn || c.rel == kg.Portrayed {
			return false
		}
		crew = crew || creditRel(c.rel)
	}
	return crew
}

// clauseBreak reports whether item k ends a clause for partOfStoryAtHand:
// a semicolon or a contrasting conjunction.
func (p *pctx) clauseBreak(k int) bool {
	return !p.isM(k) && p.in(k, clauseBreakWords)
}

// clauseBreakWords end the clause of a possessive part.
var clauseBreakWords = setOf(";", "but", "though", "although", "while", "whereas")

// negation reports whether item k denies ("not", "never", "neither",
// "won't").
func (p *pctx) negation(k int) bool {
	if p.isM(k) {
		return false
	}
	w := p.w(k)
	return p.in(k, negationWords) || strings.HasSuffix(w, "n't")
}

// subjectPronounWords stand for a person as the subject of a clause.
var subjectPronounWords = setOf("he", "she", "they")

// negationWords deny a statement.
var negationWords = setOf("not", "never", "neither", "nor", "no")

// filmAfterPart returns the item of the title named right after the part
// at item c ("C in F", "C, on Studio's F"), or -1: typed a film or owned
// by a company.
func (p *pctx) filmAfterPart(c int) int {
	k := c + 1
	if p.w(k) == "," {
		k++
	}
	if p.w(k) != "in" && p.w(k) != "on" {
		return -1
	}
	f := p.creditTitle(k + 1)
	if f < 0 || p.mm(f).typ != kg.Film && p.w(f-1) != "'s" {
		return -1
	}
	return f
}
