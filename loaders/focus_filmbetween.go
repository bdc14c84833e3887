package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A credit whose actor slot a pattern filled with the name right before
// "as" when that name stands behind "in"/"on" (or "N seasons of") after
// the verb of a person ("P turned up in F as C", "P spent two seasons of
// F as C", "Q cast him again in R's F as C") is that person's credit in F:
// the name between the person and the part is the film. The actor is the
// person named nearest before the preposition in the clause, or the
// article's person when a pronoun stands there.

// filmBetweenOn switches the rule (tests switch it off to check it matters).
var filmBetweenOn = true

// filmBetweenPronouns stand for the article's person before the verb.
var filmBetweenPronouns = setOf("he", "she", "him", "her")

// filmBetweenUnits, before "of", make the title a run of a show ("two
// seasons of F").
var filmBetweenUnits = setOf("seasons", "season", "episodes", "series")

// filmBetweenCredit rewrites c when its actor is a title between a
// preposition and "as".
func (p *pctx) filmBetweenCredit(c *pclaim) {
	if !filmBetweenOn || c.subj.abs || c.subj.m < 0 {
		return
	}
	t := int(c.subj.m)
	m := p.mm(t)
	if m == nil || p.w(t+1) != "as" || !(m.typ == kg.Film && m.strength >= 2 || m.typ == kg.Person) || m.pronoun {
		return
	}
	j := t - 1
	if p.w(j) == "'s" && p.isM(j-1) {
		j -= 2 // "in R's F": the owner
	}
	if !(p.w(j) == "in" || p.w(j) == "on" || p.w(j) == "of" && p.wIn(j-1, filmBetweenUnits)) {
		return
	}
	subj := noArg
	for i := j - 1; i >= 0 && i >= j-10; i-- {
		w := p.w(i)
		if w == ";" || w == ":" || w == "(" || w == ")" || w == "," || w == "as" || w == "with" {
			break
		}
		if q := p.mm(i); q != nil {
			if !q.pronoun && p.isPersonLike(i) {
				// typed a person, or untyped and person-shaped (the
				// clause's actor is often typed only later)
				subj = mArg(i)
			} else if q.pronoun {
				subj = arg{m: p.it[i].m, of: -1, abs: true}
			}
			break
		}
		if p.wIn(i, filmBetweenPronouns) && p.a.subjPersonKey != "" {
			subj = p.careerSubjectArg(-2)
			break
		}
	}
	if !subj.valid() {
		return
	}
	m.typ, m.strength = kg.Film, 3
	c.subj, c.obj = subj, mArg(t)
}
