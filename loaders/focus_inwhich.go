package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A cast credit inside a relative clause that opens with "in which" (or
// "where" right after a title) belongs to the film the clause is about: the
// nearest film the sentence names before "in which", across the bracket
// and the describing phrase between them ("F (G), the 2012 drama in which P
// played C", "F, Q's series about a judge, in which P played C", "F, the
// 1997 release directed by Q, in which P played C", "F (2007), where she
// starred opposite P"). The patterns fill such a credit's film from the
// article's default, an earlier sentence or a film earlier in the sentence
// ("In F1 ... G, in which P played C"); this rule replaces all of those,
// never a film the clause itself names after "in which".

// relFilmOn switches the rule (tests switch it off to check it matters).
var relFilmOn = true

// relClauseFilmCredit gives an ACTED_IN credit whose person stands in an
// "in which" clause the film that clause is about (see above).
func (p *pctx) relClauseFilmCredit(c *pclaim) {
	if !relFilmOn || c.subj.abs || c.subj.m < 0 {
		return
	}
	s := int(c.subj.m)
	b := p.relClauseStart(s)
	if b < 0 {
		return
	}
	k := p.relClauseFilm(b)
	if k < 0 {
		return
	}
	if !c.obj.abs && c.obj.m >= 0 && int(c.obj.m) > b {
		return // the clause names its own film ("in which P played C in F")
	}
	c.obj = mArg(k)
}

// relClauseStart returns the item of "in" of the "in which" (or of a
// "where") that opens the clause item s stands in, or -1: the nearest such
// word before s, with no other clause opening between them.
func (p *pctx) relClauseStart(s int) int {
	for i := s - 1; i >= 1 && i >= s-40; i-- {
		switch w := p.w(i); {
		case w == "which" && p.w(i-1) == "in":
			return i - 1
		case w == "where":
			return i
		case w == "who" || w == "whose" || w == "whom" || w == "that" || w == "which" || w == ";" || w == ":" || w == "—" || w == "(" || w == ")":
			return -1
		}
	}
	return -1
}

// relClauseFilm returns the item of the film the clause opening at item b
// is about: the nearest film before b in the sentence, when only a bracket
// and a describing phrase stand between ("F (G), the 2012 drama", "F, Q's
// series about a judge,"); for "where", only the bracket, a comma and a
// company ("F on O, where"). Else -1.
func (p *pctx) relClauseFilm(b int) int {
	where := p.w(b) == "where"
	for i := b - 1; i >= 0 && i >= b-25; i-- {
		m := p.mm(i)
		if m == nil {
			w := p.w(i)
			if w == ";" || w == ":" || w == "who" || w == "whose" || w == "which" || w == "where" || w == "." {
				return -1
			}
			if where && !(w == "," || w == "(" || w == ")" || w == "on" || isYear(w)) {
				return -1
			}
			continue
		}
		if p.w(i-1) == "(" && p.w(i+1) == ")" && p.isM(i-2) {
			continue // "F (G)": an other title of the film before
		}
		if p.w(i+1) == "'s" || p.w(i+1) == "'" || p.w(i-1) == "about" {
			continue // "Q's series about a judge": the maker, the story's subject
		}
		if m.typ == kg.Film && m.strength >= 2 {
			return i
		}
		if m.typ == "" && !m.pronoun && !m.personShaped() && !p.isPersonLike(i) && p.evidentFilm(i) && (p.w(i+1) == "," || p.w(i+1) == "(") {
			// an untyped title before its describing phrase ("The Glass
			// Orchard (Glasgarten), the 2012 drama in which")
			m.setType(kg.Film, 2)
			return i
		}
		if where && m.typ != kg.Organisation {
			return -1
		}
		if m.typ == kg.Character || m.typ == kg.Film {
			return -1
		}
	}
	return -1
}
