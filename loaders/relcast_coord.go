package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// coordCredits spreads each cast credit the sentence's patterns found to
// the films coordinated after its film ("P played C in F and G", "P was
// last seen in F and the film G", "P starred in F, G and H"): the same
// person (and character) acted in each. from is the index of the
// sentence's first claim in a.claims; sentences longer than
// careerSentenceItems are skipped.
func (p *pctx) coordCredits(from int) {
	if len(p.it) > careerSentenceItems {
		return
	}
	end := len(p.a.claims)
	for ci := from; ci < end; ci++ {
		c := p.a.claims[ci]
		if c.rel != kg.ActedIn || c.sent != p.si || c.obj.m < 0 || !c.obj.abs || c.subj.m < 0 {
			continue
		}
		f := p.itemOf(c.obj.m, 0, len(p.it))
		if f < 0 {
			continue
		}
		for _, g := range p.coordCastFilms(f, false) {
			d := c
			d.obj = arg{m: p.it[g].m, of: -1, abs: true}
			if !p.hasClaim(from, d) {
				p.claim(d)
			}
		}
	}
}

// hasClaim reports whether a.claims from index from on already holds a
// claim with c's relation, subject, object and character.
func (p *pctx) hasClaim(from int, c pclaim) bool {
	for _, o := range p.a.claims[from:] {
		if o.rel == c.rel && o.subj == c.subj && o.obj == c.obj && o.char == c.char {
			return true
		}
	}
	return false
}

// coordCastFilms returns the items of the films coordinated right after
// the film at item f: "F and G", "F, G and H", "F and the film G", "F
// and Studio's G". Each must be typed a film or be title-shaped (a colon
// or a number in it), or follow a film noun; a list joined only by
// commas, with no closing "and", is not a list of films and gives none.
// With loose (a list after a career cue) an item may be any untyped name
// not shaped like a person's, and the closing one any untyped name that
// ends the clause ("headlined F, Coldwater and Hired Blade,").
func (p *pctx) coordCastFilms(f int, loose bool) []int {
	var out []int
	closed := false
	k := f + 1
	if p.w(k) == "(" && isYear(p.w(k+1)) && p.w(k+2) == ")" {
		k += 3
	}
	for p.w(k) == "," || p.w(k) == "and" {
		n := k + 1
		last := p.w(k) == "and"
		if p.w(k) == "," && p.w(n) == "and" {
			n++
			last = true
		}
		cued := false
		if p.w(n) == "the" {
			n++
			for c := 0; c < 2 && !p.isM(n) && (isYear(p.w(n)) || p.in(n, adjFilm)); c++ {
				n++
			}
			if !p.isM(n) && (p.in(n, filmNouns) || p.in(n, seriesNouns)) {
				n++
				cued = true
			}
		} else if p.isM(n) && p.w(n+1) == "'s" && p.mm(n).typ == kg.Organisation && p.mm(n).strength >= 2 {
			n += 2 // "and Netflix's G"
		}
		g := p.mm(n)
		if loose && g != nil && g.typ == "" && !g.quoted && p.priorType(n) == "" && (last && p.in(n+1, listEnds) || !last && !g.personShaped() && (p.w(n+1) == "," || p.w(n+1) == "and")) {
			cued = true
		}
		if g == nil || g.typ == kg.Person || g.typ == kg.Character || g.typ == kg.Organisation || g.typ == kg.Franchise ||
			!(g.typ == kg.Film && g.strength >= 2 || g.colon || g.digit || g.quoted || cued) || p.w(n+1) == "'s" || p.w(n+1) == "as" && !(g.typ == kg.Film || g.colon || g.digit || g.quoted) {
			break
		}
		out = append(out, n)
		k = n + 1
		if p.w(k) == "(" && isYear(p.w(k+1)) && p.w(k+2) == ")" {
			k += 3
		}
		if last {
			closed = true
			break
		}
	}
	if !closed {
		return nil
	}
	for _, n := range out {
		p.mm(n).setType(kg.Film, 2)
	}
	return out
}

// listEnds close a list after its last name.
var listEnds = setOf(",", ".", ";", "")
